import type { UiMessages } from './languages/en';

/**
 * What a language needs beyond its translated strings: the facts `Intl` does not know. One file per
 * language in ./languages/ (named by its code, e.g. `de.ts`) is how the site learns a language.
 */
export interface LocaleData {
  /** The tag `Intl` formats with, e.g. 'en-GB' (so dates read "15 July 2022"), 'de-DE'. */
  intl: string;
  /** The language's own name, for the language switch: "English", "Deutsch". */
  name: string;
  /** The tag pages write in `<html lang>`: 'en-GB' (British spelling), 'de'. */
  htmlLang: string;
  /** Open Graph's form of the locale: 'en_GB', 'de_DE'. */
  ogLocale: string;
  /** Marks that close a phrase and stay on the line of the word before them (TermTails.astro). */
  closingPunctuation: string;
  /** Intl's compact names: English prose says "37.1 billion" (long), German "37,1 Mrd." (short). */
  compactDisplay: 'long' | 'short';
  /**
   * Whether a sum's currency code comes before its number, where Intl's custom for the language
   * differs from the site's: German Intl writes "407 Mio. USD", the German "USD 407 Mio.".
   * Left out: as Intl formats the currency.
   */
  currencyCodeFirst?: boolean;
  /** The counts running text spells out, from zero (Intl has no number words). */
  numberWords: readonly string[];
  /** The site's page and interface strings (src/i18n/languages/en.ts has the keys every language needs). */
  ui: UiMessages;
}

export type { UiMessages };
