import { getCollection, render, type CollectionEntry } from 'astro:content';
import { DEFAULT_LANG, LANGS, isLang, type Lang } from '../i18n/locale';
import { langPath } from '../i18n/paths';

export type Article = CollectionEntry<'articles'>;

/** An article's language: the folder it is in under content/articles/ (none: the default language). */
export const articleLang = (a: Article): Lang => (a.id.includes('/') ? a.id.slice(0, a.id.indexOf('/')) : DEFAULT_LANG);
/** The article's slug in its language: its file name ("partner" for content/articles/de/partner.mdx). */
export const articleSlug = (a: Article): string => a.id.slice(a.id.lastIndexOf('/') + 1);
/** The site path of an article's page (without the base), for `href()`. */
export const articlePath = (a: Article): string => langPath(articleLang(a), `articles/${articleSlug(a)}/`);
/** The file an article comes from, for error messages. */
export const articleFile = (a: Article): string => `content/articles/${a.id}.mdx`;
/** The English slug every edition of an article shares: its own in English, `translationOf` elsewhere. */
export const translationKey = (a: Article): string => (articleLang(a) === DEFAULT_LANG ? articleSlug(a) : (a.data.translationOf ?? ''));

/**
 * Every article of every language, checked as one set: a folder that is no language of the site,
 * a `translationOf` missing outside English (or present in English), one that names no English
 * article, two editions of one article in a language, or two articles with one `order` fail the
 * build, naming the file and the field.
 */
async function allArticles(): Promise<Article[]> {
  const all = await getCollection('articles');
  const problems: string[] = [];
  const english = new Set(all.filter((a) => articleLang(a) === DEFAULT_LANG).map(articleSlug));
  const orders = new Map<string, Article>();
  const editions = new Map<string, Article>();
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
  if (problems.length) throw new Error(`The articles have ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return all;
}

/** The explainers of a language in reading order. */
export async function articlesInOrder(lang: Lang = DEFAULT_LANG): Promise<Article[]> {
  return (await allArticles()).filter((a) => articleLang(a) === lang).sort((a, b) => a.data.order - b.data.order);
}

/** The article with this slug in a language, or an error naming the file that is missing. */
export async function articleBySlug(lang: Lang, slug: string): Promise<Article> {
  const a = (await articlesInOrder(lang)).find((x) => articleSlug(x) === slug);
  if (!a) throw new Error(`content/articles/${langPath(lang, `${slug}.mdx`)} does not exist`);
  return a;
}

/** The same article in a language: the English original or its edition there (none if not translated). */
export async function articleIn(article: Article, lang: Lang): Promise<Article | undefined> {
  const key = translationKey(article);
  return (await articlesInOrder(lang)).find((a) => translationKey(a) === key);
}

/** The newest `updated` date of any article in a language: the date the site as a whole is cited with. */
export async function lastUpdated(lang: Lang = DEFAULT_LANG): Promise<Date> {
  const all = await articlesInOrder(lang);
  return new Date(Math.max(...all.map((a) => a.data.updated.getTime())));
}

/** Where an article explains one of the figures (src/data/figures.ts): its section, as a link target. */
export interface FigureSection {
  article: Article;
  /** The section heading's text and id (the `##` heading above the figure's first use). */
  heading: string;
  slug: string;
}

/**
 * The section of `article` in which `<Num k="…" />` first prints figure `k`: the `##` heading above
 * that use. Throws when the article never prints the figure, so a key figure cannot link to a
 * section that does not explain it.
 */
export async function sectionExplaining(article: Article, k: string): Promise<FigureSection> {
  const body = article.body ?? '';
  const at = body.search(new RegExp(`<Num\\s+k="${k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
  if (at < 0) throw new Error(`${articleFile(article)} never prints the figure "${k}" with <Num k="${k}" />`);
  const before = [...body.slice(0, at).matchAll(/^## /gm)].length;
  if (before === 0) throw new Error(`${articleFile(article)} prints "${k}" before its first ## heading`);
  const { headings } = await render(article);
  const h = headings.filter((x) => x.depth === 2)[before - 1];
  if (!h) throw new Error(`${articleFile(article)}: no heading for section ${before}`);
  return { article, heading: h.text, slug: h.slug };
}

/**
 * The article each chart appears in, in a language. The link is written once per language, by the
 * `<Chart id="…" />` in the article's body; the article guard (src/integrations/article-guard.ts)
 * has already checked that the id exists, that the element is written this plain way and that a
 * chart appears only once in a language.
 */
export async function chartArticles(lang: Lang = DEFAULT_LANG): Promise<Map<string, Article>> {
  const placed = new Map<string, Article>();
  for (const a of await articlesInOrder(lang))
    for (const m of (a.body ?? '').matchAll(/<Chart\s+id="([^"]+)"/g)) placed.set(m[1]!, a);
  return placed;
}
