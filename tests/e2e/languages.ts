/**
 * The site's languages for browser tests, from src/i18n/languages/ (Playwright has no Vite, so not
 * through src/i18n/locale.ts): each one's code, its facts and strings, and the language of a path.
 */
import { siteLanguages } from '../../src/i18n/site-languages';
import type { LocaleData } from '../../src/i18n/language-data';

const { locales, defaultLocale } = siteLanguages(new URL('../../src/i18n/languages/', import.meta.url));
export const LANGS: readonly string[] = locales;
export const DEFAULT_LANG = defaultLocale;

const data = new Map<string, LocaleData>(
  await Promise.all(locales.map(async (l) => [l, ((await import(`../../src/i18n/languages/${l}.ts`)) as { default: LocaleData }).default] as const)),
);
export function languageData(lang: string): LocaleData {
  const d = data.get(lang);
  if (!d) throw new Error(`No language "${lang}" in src/i18n/languages/`);
  return d;
}

/** The language of a site path: its first segment when that is a language (/de/…), else the default. */
export function langOfPath(path: string): string {
  const first = path.split('/')[1] ?? '';
  return first !== DEFAULT_LANG && LANGS.includes(first) && path.length > first.length + 1 ? first : DEFAULT_LANG;
}

/** A path in a language: '/de/articles/' for ('de', '/articles/'), unchanged for the default language. */
export const pathIn = (lang: string, path: string) => (lang === DEFAULT_LANG ? path : `/${lang}${path}`);
