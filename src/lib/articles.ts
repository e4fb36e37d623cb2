import { getCollection, type CollectionEntry } from 'astro:content';

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
