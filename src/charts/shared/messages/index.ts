/** The shared chart chrome's messages per language: one file each in this folder (`<lang>.ts`). */
import { inLang, type Lang } from '../../../i18n/locale';
import { messagesFiles } from '../messages-files';
import type { ChartChromeMessages } from './en';

const CHROME = messagesFiles<ChartChromeMessages>(import.meta.glob(['./*.ts', '!./index.ts'], { eager: true }), 'src/charts/shared/messages');
/** The chart chrome in a language; fails naming the missing messages file. */
export const chartChrome = (lang: Lang): ChartChromeMessages => inLang(CHROME, lang, 'src/charts/shared/messages');
export type { ChartChromeMessages };
