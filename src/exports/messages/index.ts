/** The export words per language: one file each in this folder (`<lang>.ts`). */
import { inLang, type Lang } from '../../i18n/locale';
import { messagesFiles } from '../../charts/shared/messages-files';
import type { ExportMessages } from './en';

const WORDS = messagesFiles<ExportMessages>(import.meta.glob(['./*.ts', '!./index.ts'], { eager: true }), 'src/exports/messages');
/** The words of downloads, embeds, cards, citations and the classroom zip in a language; fails naming the missing file. */
export const exportWords = (lang: Lang): ExportMessages => inLang(WORDS, lang, 'src/exports/messages');
export type { ExportMessages };
