/**
 * The same page in every language: the paths (without the base) that a page's language switch,
 * `<link rel="alternate" hreflang>` and sitemap pairs point at.
 */
import { DEFAULT_LANG, LANGS, type Lang } from './locale';
import { langPath } from './paths';

export type Alternates = Partial<Record<Lang, string>>;

/** A site path without its base and language prefix: "/sanctions/de/about/" → "about/". */
export function pathInLang(pathname: string, base: string, lang: Lang): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const rest = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\//, '');
  const prefix = langPath(lang);
  return lang !== DEFAULT_LANG && rest.startsWith(prefix) ? rest.slice(prefix.length) : rest;
}

/** A page whose path is the same in every language (all but articles): the path under each language. */
export const samePathEverywhere = (path: string): Alternates => Object.fromEntries(LANGS.map((l) => [l, langPath(l, path)]));
