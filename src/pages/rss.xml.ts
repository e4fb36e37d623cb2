import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { articlesInOrder } from '../lib/articles';
import { SITE, href } from '../lib/site';

export async function GET(context: APIContext) {
  const articles = await articlesInOrder();
  return rss({
    title: SITE.name,
    description: SITE.description,
    site: new URL(href(), context.site ?? 'http://localhost:4321').toString(),
    items: articles.map((a) => ({
      title: a.data.title,
      description: a.data.description,
      pubDate: a.data.updated,
      link: href(`articles/${a.id}/`),
    })),
    customData: `<language>en-gb</language>`,
  });
}
