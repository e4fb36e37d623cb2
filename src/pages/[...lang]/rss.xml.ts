import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { articlesInOrder } from '../../lib/articles';
import { SITE, href } from '../../lib/site';

export async function GET(context: APIContext) {
  const articles = await articlesInOrder();
  const self = new URL(href('rss.xml'), context.site ?? 'http://localhost:4321').href;
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
    // The feed names its own address, as RSS Best Practices (and feed validators) ask.
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en-gb</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
  });
}
