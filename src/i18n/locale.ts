/**
 * The one object through which the site formats numbers, dates and lists for a language. Every
 * format goes through `Intl`, so a second language is a new entry in LOCALE_DATA and its messages,
 * not new code.
 */
import { precisionOf, type DatePrecision, type PartialDate } from '../schemas/common';
import type { LocaleData } from './language-data';

/**
 * The site's languages: one file each in ./languages/, so that a new language is new files, not new
 * code. English is the default (served at the site root); the others follow in code order.
 */
const LANGUAGE_FILES = import.meta.glob<{ default: LocaleData }>('./languages/*.ts', { eager: true });
const LOCALE_DATA: Record<string, LocaleData> = Object.fromEntries(
  Object.entries(LANGUAGE_FILES).map(([file, m]) => [file.replace(/^.*\/(.+)\.ts$/, '$1'), m.default]),
);
export const DEFAULT_LANG = 'en';
if (!LOCALE_DATA[DEFAULT_LANG]) throw new Error(`src/i18n/languages/${DEFAULT_LANG}.ts is missing: the default language needs its file`);
export const LANGS: readonly string[] = [DEFAULT_LANG, ...Object.keys(LOCALE_DATA).filter((l) => l !== DEFAULT_LANG).sort()];
/** A language code the site has (see `isLang`); a plain string, since languages come from files. */
export type Lang = string;
export const isLang = (s: string): s is Lang => Object.hasOwn(LOCALE_DATA, s);
/**
 * A language's entry in a table of translations (a chart's messages, the chart chrome), or an error
 * that names the file the language is missing (`where`, e.g. "src/charts/timeline/messages").
 */
export function inLang<T>(table: Readonly<Partial<Record<Lang, T>>>, lang: Lang, where: string): T {
  const t = table[lang];
  if (t === undefined) throw new Error(`${where}/${lang}.ts is missing: every text of the site needs a translation into "${lang}"`);
  return t;
}
/** The facts of a language, by code; fails naming the file a language would need. */
export function localeData(lang: Lang): LocaleData {
  const d = LOCALE_DATA[lang];
  if (!d) throw new Error(`No language "${lang}": add src/i18n/languages/${lang}.ts (known: ${LANGS.join(', ')})`);
  return d;
}

export type ListType = 'conjunction' | 'disjunction' | 'unit';

export interface Locale {
  /** The language, as in `lang=""` and URLs. */
  lang: Lang;
  /** The tag `Intl` formats with: British English, so dates read "15 July 2022" as the articles do. */
  intl: string;
  /** Grouped digits: 1124 → "1,124" (German "1.124"), with Intl's options. */
  number(n: number, options?: Intl.NumberFormatOptions): string;
  /** A share in percentage points: 7.2 → "7.2%" (German: "7,2 %"), at most `digits` decimals. */
  percent(n: number, digits?: number): string;
  /** "65–70%", or "90%" when the range is one value. */
  percentRange(low: number, high: number): string;
  /**
   * A large sum the way prose says it (Intl's compact notation): 37.1e9 → "37.1 billion" (German
   * "37,1 Mrd."), 687e6 → "687 million", below a million grouped digits; `unit` follows it:
   * "37.1 billion roubles".
   */
  compact(n: number, unit?: string): string;
  /** A sum in a currency, compact and with its ISO code where the language puts it: "USD 602 million" (German "USD 602 Mio.", see `currencyCodeFirst`). */
  money(n: number, currency: string): string;
  /** Always in millions, so sums either side of a billion compare at a glance: 1.124e9 → "1,124" (the word for "million" is the caller's). */
  millions(n: number): string;
  /** A count as running text says it: "one", "four" under ten, then "17", "54". */
  count(n: number): string;
  /**
   * A date no more precisely than it is known (nor than `atMost`): "2012", "July 2022",
   * "15 July 2022" (UTC, so a build anywhere gives the same text). A `Date` is a known day.
   */
  date(d: PartialDate | Date, atMost?: DatePrecision): string;
  /** "China, Iran and North Korea" (`Intl.ListFormat`; `unit`: "a, b, c"). */
  list(items: readonly string[], type?: ListType): string;
  /** The same list in parts, for lists of links: the items' indices with the words between them. */
  listParts(items: readonly string[], type?: ListType): ({ type: 'element'; index: number } | { type: 'literal'; value: string })[];
}


const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(tag: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const k = `${tag}:${JSON.stringify(options)}`;
  let f = cache.get(k);
  if (!f) cache.set(k, (f = new Intl.NumberFormat(tag, options)));
  return f;
}

const PRECISION: readonly DatePrecision[] = ['year', 'month', 'day'];

/** Whether a language writes a currency code before its amount ("USD 602 million") or after it. */
function codeFirst(tag: string, currency: string): boolean {
  const parts = numberFormat(tag, { style: 'currency', currency, currencyDisplay: 'code' }).formatToParts(1);
  return parts.findIndex((p) => p.type === 'currency') < parts.findIndex((p) => p.type === 'integer');
}

/** `getLocale` builds each language once from LOCALE_DATA; a test may build one from other data. */
export function makeLocale(lang: Lang, data: LocaleData = localeData(lang)): Locale {
  const { intl } = data;
  const pct = (n: number, digits = 1) => numberFormat(intl, { style: 'percent', maximumFractionDigits: digits }).format(n / 100);
  const compactNumber = (n: number) =>
    Math.abs(n) >= 1e6
      ? numberFormat(intl, { notation: 'compact', compactDisplay: data.compactDisplay, maximumFractionDigits: Math.abs(n) >= 1e9 ? 1 : 0 }).format(n)
      : numberFormat(intl, { maximumFractionDigits: 0 }).format(n);
  const dates: Record<DatePrecision, Intl.DateTimeFormat> = {
    year: new Intl.DateTimeFormat(intl, { year: 'numeric', timeZone: 'UTC' }),
    month: new Intl.DateTimeFormat(intl, { year: 'numeric', month: 'long', timeZone: 'UTC' }),
    day: new Intl.DateTimeFormat(intl, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  };
  const lists = new Map<ListType, Intl.ListFormat>();
  const listFormat = (type: ListType) => {
    let f = lists.get(type);
    if (!f) lists.set(type, (f = new Intl.ListFormat(intl, { type })));
    return f;
  };
  return {
    lang,
    intl,
    number: (n, options) => numberFormat(intl, options).format(n),
    percent: pct,
    // Not Intl's formatRange ("65% – 70%"): the site writes a range with one sign, "65–70%" / "65–70 %".
    percentRange: (low, high) => (low === high ? pct(low) : `${numberFormat(intl, { maximumFractionDigits: 1 }).format(low)}–${pct(high)}`),
    compact: (n, unit) => (unit ? `${compactNumber(n)} ${unit}` : compactNumber(n)),
    // The code is a word of the sentence, so a plain space joins it (Intl's no-break space would
    // keep "USD" and "602" together but also change every English figure the articles print).
    money: (n, currency) => ((data.currencyCodeFirst ?? codeFirst(intl, currency)) ? `${currency} ${compactNumber(n)}` : `${compactNumber(n)} ${currency}`),
    millions: (n) => numberFormat(intl, { maximumFractionDigits: 0 }).format(n / 1e6),
    count: (n) => (Number.isInteger(n) && n >= 0 && n < data.numberWords.length ? data.numberWords[n]! : compactNumber(n)),
    date: (d, atMost = 'day') => {
      if (d instanceof Date) return dates[atMost].format(d);
      const [y, m = '01', day = '01'] = d.split('-');
      const precision = PRECISION[Math.min(PRECISION.indexOf(precisionOf(d)), PRECISION.indexOf(atMost))]!;
      return dates[precision].format(new Date(Date.UTC(Number(y), Number(m) - 1, Number(day))));
    },
    list: (items, type = 'conjunction') => listFormat(type).format(items),
    listParts: (items, type = 'conjunction') => {
      // Format placeholders, so that an item's own text can never be mistaken for the list's words.
      const marks = items.map((_, i) => `\u0000${i}\u0000`);
      return listFormat(type)
        .formatToParts(marks)
        .map((p) => (p.type === 'element' ? { type: 'element' as const, index: Number(p.value.slice(1, -1)) } : { type: 'literal' as const, value: p.value }));
    },
  };
}

const locales = new Map<Lang, Locale>();
export function getLocale(lang: Lang): Locale {
  let l = locales.get(lang);
  if (!l) locales.set(lang, (l = makeLocale(lang)));
  return l;
}

export type { LocaleData };
