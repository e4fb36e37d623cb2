/**
 * The one object through which charts format numbers, dates and lists for a language. Every
 * format goes through `Intl`, so a second language is a new tag and its messages, not new code.
 */
import { precisionOf, type PartialDate } from '../schemas/common';

/** The site's languages. Issue 13 adds German. */
export const LANGS = ['en'] as const;
export type Lang = (typeof LANGS)[number];

export interface Locale {
  /** The language, as in `lang=""` and URLs. */
  lang: Lang;
  /** The tag `Intl` formats with: British English, so dates read "15 July 2022" as the articles do. */
  intl: string;
  number(n: number, options?: Intl.NumberFormatOptions): string;
  /** A share in percentage points: 7.2 → "7.2%" (German: "7,2 %"), at most `digits` decimals. */
  percent(n: number, digits?: number): string;
  /** "65–70%", or "90%" when the range is one value. */
  percentRange(low: number, high: number): string;
  /** A date no more precisely than it is known: "2012", "July 2022", "15 July 2022" (UTC). */
  date(d: PartialDate): string;
  /** "China, Iran and North Korea" (`Intl.ListFormat`). */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
}

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(tag: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const k = `${tag}:${JSON.stringify(options)}`;
  let f = cache.get(k);
  if (!f) cache.set(k, (f = new Intl.NumberFormat(tag, options)));
  return f;
}

const INTL: Record<Lang, string> = { en: 'en-GB' };

function makeLocale(lang: Lang): Locale {
  const intl = INTL[lang];
  const pct = (n: number, digits = 1) => numberFormat(intl, { style: 'percent', maximumFractionDigits: digits }).format(n / 100);
  const dates = {
    year: new Intl.DateTimeFormat(intl, { year: 'numeric', timeZone: 'UTC' }),
    month: new Intl.DateTimeFormat(intl, { year: 'numeric', month: 'long', timeZone: 'UTC' }),
    day: new Intl.DateTimeFormat(intl, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  };
  const lists = {
    conjunction: new Intl.ListFormat(intl, { type: 'conjunction' }),
    disjunction: new Intl.ListFormat(intl, { type: 'disjunction' }),
  };
  return {
    lang,
    intl,
    number: (n, options) => numberFormat(intl, options).format(n),
    percent: pct,
    // Not Intl's formatRange ("65% – 70%"): the site writes a range with one sign, "65–70%" / "65–70 %".
    percentRange: (low, high) => (low === high ? pct(low) : `${numberFormat(intl, { maximumFractionDigits: 1 }).format(low)}–${pct(high)}`),
    date: (d) => {
      const [y, m = '01', day = '01'] = d.split('-');
      return dates[precisionOf(d)].format(new Date(Date.UTC(Number(y), Number(m) - 1, Number(day))));
    },
    list: (items, type = 'conjunction') => lists[type].format(items),
  };
}

const locales = new Map<Lang, Locale>();
export function getLocale(lang: Lang): Locale {
  let l = locales.get(lang);
  if (!l) locales.set(lang, (l = makeLocale(lang)));
  return l;
}
