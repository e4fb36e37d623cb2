import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { articlePath, articlesInOrder } from '../../lib/articles';
import { SITE, href } from '../../lib/site';
import { localeData, type Lang } from '../../i18n/locale';
import { langPath } from '../../i18n/paths';
import { langPaths } from '../../i18n/routes';
import { ui, fill } from '../../i18n/ui';

/** One feed per language (/rss.xml, /de/rss.xml), each with its own title and its language's articles. */
export const getStaticPaths = langPaths;

export async function GET(context: APIContext) {
  const lang = (context.props as { lang: Lang }).lang;
  const u = ui(lang);
  const articles = await articlesInOrder(lang);
  const self = new URL(href(langPath(lang, 'rss.xml')), context.site ?? 'http://localhost:4321').href;
  return rss({
    title: fill(u.rss.title, { site: SITE.name }),
    description: u.site.description,
    site: new URL(href(langPath(lang)), context.site ?? 'http://localhost:4321').toString(),
    items: articles.map((a) => ({
      title: a.data.title,
      description: a.data.description,
      pubDate: a.data.updated,
      link: href(articlePath(a)),
    })),
    // The feed names its own address, as RSS Best Practices (and feed validators) ask.
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${localeData(lang).htmlLang.toLowerCase()}</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
  });
}
