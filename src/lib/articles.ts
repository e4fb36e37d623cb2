import { getCollection, render, type CollectionEntry } from 'astro:content';
import { DEFAULT_LANG, type Lang } from '../i18n/locale';
import { langPath } from '../i18n/paths';
import { articleFile, articleLang, articleProblems, articleSlug, translationKey } from './article-set';

export type Article = CollectionEntry<'articles'>;

export { articleLang, articlePath, articleSlug, translationKey } from './article-set';

/** Every article of every language, checked as one set (src/lib/article-set.ts), or the build stops naming file and field. */
async function allArticles(): Promise<Article[]> {
  const all = await getCollection('articles');
  const problems = articleProblems(all);
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
