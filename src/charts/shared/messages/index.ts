/** The shared chart chrome's messages per language (issue 13 adds `de`). */
import type { Lang } from '../../../i18n/locale';
import { en, type ChartChromeMessages } from './en';

export const CHART_CHROME: Record<Lang, ChartChromeMessages> = { en };
export type { ChartChromeMessages };
