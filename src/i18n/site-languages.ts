/**
 * The site's languages as astro.config reads them: the file names in src/i18n/languages/, read with
 * fs (the config runs before Vite's import.meta.glob exists). src/i18n/locale.ts discovers the same
 * files at build time; both put the default language first and the others in code order.
 */
import { readdirSync } from 'node:fs';

/** The same default as `DEFAULT_LANG` in src/i18n/locale.ts (which the config cannot import). */
const DEFAULT_LOCALE = 'en';

export interface SiteLanguages {
  locales: string[];
  defaultLocale: string;
  /** Code → the `hreflang` the sitemap writes (the language code, as the pages' alternates do). */
  hreflangs: Record<string, string>;
}

export function siteLanguages(dir: URL): SiteLanguages {
  const codes = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -'.ts'.length));
  if (!codes.includes(DEFAULT_LOCALE)) throw new Error(`src/i18n/languages/${DEFAULT_LOCALE}.ts is missing: the default language needs its file`);
  const locales = [DEFAULT_LOCALE, ...codes.filter((c) => c !== DEFAULT_LOCALE).sort()];
  return { locales, defaultLocale: DEFAULT_LOCALE, hreflangs: Object.fromEntries(locales.map((l) => [l, l])) };
}
