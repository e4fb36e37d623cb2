import { getCollection, render, type CollectionEntry } from 'astro:content';

export type Article = CollectionEntry<'articles'>;

/** The explainers in reading order. */
export async function articlesInOrder(): Promise<Article[]> {
  const all = await getCollection('articles');
  const orders = new Map<number, string>();
  for (const a of all) {
    const clash = orders.get(a.data.order);
    if (clash) throw new Error(`content/articles/${a.id}.mdx: frontmatter field "order" is ${a.data.order}, the same as ${clash}.mdx`);
    orders.set(a.data.order, a.id);
  }
  return all.sort((a, b) => a.data.order - b.data.order);
}

/** The newest `updated` date of any article: the date the site as a whole is cited with. */
export async function lastUpdated(): Promise<Date> {
  const all = await getCollection('articles');
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
  if (at < 0) throw new Error(`content/articles/${article.id}.mdx never prints the figure "${k}" with <Num k="${k}" />`);
  const before = [...body.slice(0, at).matchAll(/^## /gm)].length;
  if (before === 0) throw new Error(`content/articles/${article.id}.mdx prints "${k}" before its first ## heading`);
  const { headings } = await render(article);
  const h = headings.filter((x) => x.depth === 2)[before - 1];
  if (!h) throw new Error(`content/articles/${article.id}.mdx: no heading for section ${before}`);
  return { article, heading: h.text, slug: h.slug };
}

/**
 * The article each chart appears in. The link is written once, by the `<Chart id="…" />` in the
 * article's body; the article guard (src/integrations/article-guard.ts) has already checked that
 * the id exists, that the element is written this plain way and that a chart appears only once.
 */
export async function chartArticles(): Promise<Map<string, Article>> {
  const placed = new Map<string, Article>();
  for (const a of await articlesInOrder())
    for (const m of (a.body ?? '').matchAll(/<Chart\s+id="([^"]+)"/g)) placed.set(m[1]!, a);
  return placed;
}
