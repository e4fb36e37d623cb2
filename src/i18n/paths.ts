import { DEFAULT_LANG, type Lang } from './locale';

/**
 * A page's path in a language, without the site's base: English at the root, every other language
 * under its code ('de' + 'articles/partner/' → 'de/articles/partner/'). Pass the result to `href()`
 * (src/lib/site.ts) for a link. Path segments are the same in every language (as in
 * `/de/embed/<id>/`); only article slugs are the language's own.
 */
export function langPath(lang: Lang, path = ''): string {
  const rest = path.replace(/^\//, '');
  return lang === DEFAULT_LANG ? rest : `${lang}/${rest}`;
}
