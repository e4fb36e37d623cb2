/**
 * What the articles of every language must be as a set, without Astro's runtime (so a unit test can
 * check it): language and slug from the entry id ("de/partner"), the `translationOf` rules.
 */
import { DEFAULT_LANG, LANGS, isLang, type Lang } from '../i18n/locale';
import { langPath } from '../i18n/paths';

/** The part of a collection entry the checks read. */
export interface ArticleEntry {
  id: string;
  data: { order: number; translationOf?: string | undefined };
}

/** An article's language: the folder it is in under content/articles/ (none: the default language). */
export const articleLang = (a: ArticleEntry): Lang => (a.id.includes('/') ? a.id.slice(0, a.id.indexOf('/')) : DEFAULT_LANG);
/** The article's slug in its language: its file name ("partner" for content/articles/de/partner.mdx). */
export const articleSlug = (a: ArticleEntry): string => a.id.slice(a.id.lastIndexOf('/') + 1);
/** The site path of an article's page (without the base), for `href()`. */
export const articlePath = (a: ArticleEntry): string => langPath(articleLang(a), `articles/${articleSlug(a)}/`);
/** The file an article comes from, for error messages. */
export const articleFile = (a: ArticleEntry): string => `content/articles/${a.id}.mdx`;
/** The English slug every edition of an article shares: its own in English, `translationOf` elsewhere. */
export const translationKey = (a: ArticleEntry): string => (articleLang(a) === DEFAULT_LANG ? articleSlug(a) : (a.data.translationOf ?? ''));

/**
 * Every article of every language, checked as one set: a folder that is no language of the site,
 * a `translationOf` missing outside English (or present in English), one that names no English
 * article, two editions of one article in a language, or two articles with one `order` fail the
 * build, naming the file and the field.
 */
export function articleProblems(all: readonly ArticleEntry[]): string[] {
  const problems: string[] = [];
  const english = new Set(all.filter((a) => articleLang(a) === DEFAULT_LANG).map(articleSlug));
  const orders = new Map<string, ArticleEntry>();
  const editions = new Map<string, ArticleEntry>();
  for (const a of all) {
    const lang = articleLang(a);
    const file = articleFile(a);
    if (!isLang(lang)) {
      problems.push(`${file}: the folder "${lang}" is no language of the site (known: ${LANGS.join(', ')}; a new one needs src/i18n/languages/${lang}.ts)`);
      continue;
    }
    const { translationOf, order } = a.data;
    if (lang === DEFAULT_LANG && translationOf !== undefined)
      problems.push(`${file}: frontmatter field "translationOf" is only for articles in other languages (this one is the original)`);
    if (lang !== DEFAULT_LANG) {
      if (translationOf === undefined)
        problems.push(`${file}: frontmatter field "translationOf" is missing: name the English article this one translates (its file name in content/articles/)`);
      else if (!english.has(translationOf))
        problems.push(`${file}: frontmatter field "translationOf" is "${translationOf}", but content/articles/${translationOf}.mdx does not exist (known: ${[...english].join(', ')})`);
      else {
        const twin = editions.get(`${lang}:${translationOf}`);
        if (twin) problems.push(`${file}: frontmatter field "translationOf" is "${translationOf}", the same as ${articleFile(twin)}`);
        else editions.set(`${lang}:${translationOf}`, a);
      }
    }
    const clash = orders.get(`${lang}:${order}`);
    if (clash) problems.push(`${file}: frontmatter field "order" is ${order}, the same as ${articleFile(clash)}`);
    else orders.set(`${lang}:${order}`, a);
  }
  return problems;
}

