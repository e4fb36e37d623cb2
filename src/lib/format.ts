/**
 * Until the partners map takes its dates from its chart context (helper map11), its one caller of
 * the old hand-made formats. Everything else formats through the Locale (src/i18n/locale.ts).
 */
import type { PartialDate } from '../schemas/common';
import { getLocale } from '../i18n/locale';

/** @deprecated Use `ctx.locale.date` (src/i18n/locale.ts); kept for partners-map.svg.ts only. */
export const partialDateLabel = (date: PartialDate): string => getLocale('en').date(date);
