/**
 * Page routes in every language. Each route lives under src/pages/[...lang]/: the rest parameter is
 * absent for the default language (its pages stay at the site root) and the language code for the
 * others, so one file makes /about/ and /de/about/.
 */
import { DEFAULT_LANG, LANGS, isLang, type Lang } from './locale';

/** The `lang` route parameter of a language: none for the default one. */
export const langParam = (lang: Lang): string | undefined => (lang === DEFAULT_LANG ? undefined : lang);

/** One static path per language, with the language as a prop: `getStaticPaths` of a page that only varies by language. */
export const langPaths = () => LANGS.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));

/** The languages other than the default one, for routes that exist only there (the extra 404 pages). */
export const otherLangPaths = () => LANGS.filter((l) => l !== DEFAULT_LANG).map((lang) => ({ params: { lang }, props: { lang } }));

/**
 * The language of the page being built, from its route parameter; components read it too (Astro
 * gives a component the page's params), so the language is not passed down through every prop.
 */
export function pageLang(params: Readonly<Record<string, string | undefined>>): Lang {
  const lang = params['lang'] ?? DEFAULT_LANG;
  if (!isLang(lang)) throw new Error(`No language "${lang}" (known: ${LANGS.join(', ')})`);
  return lang;
}
