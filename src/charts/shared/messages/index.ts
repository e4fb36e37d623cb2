/** The shared chart chrome's messages per language (issue 13 adds `de`). */
import { inLang, type Lang } from '../../../i18n/locale';
import { en, type ChartChromeMessages } from './en';

const CHROME: { en: ChartChromeMessages } & Partial<Record<Lang, ChartChromeMessages>> = { en };
/** The chart chrome in a language; fails naming the missing messages file. */
export const chartChrome = (lang: Lang): ChartChromeMessages => inLang(CHROME, lang, 'src/charts/shared/messages');
export type { ChartChromeMessages };
