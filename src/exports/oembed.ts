/** oEmbed 1.0 "rich" responses, one static JSON file per chart. */
import type { ResolvedChart } from '../charts/types';
import { SITE } from '../lib/site';
import { embedCode, fallbackHeight } from './embed-code';
import { embeddable } from './embed-fallback';
import { FALLBACK_WIDTHS } from './embed-layout';
import { chartPaths } from './chart-files';

/** `width` and `height` are those of a 640 px column, the size the embed code is made for. */
export function oembed(chart: ResolvedChart, siteRoot: string, thumbnail: { width: number; height: number }) {
  const paths = chartPaths(chart.id, chart.lang);
  const code = embeddable(chart);
  return {
    version: '1.0',
    type: 'rich',
    title: chart.title,
    provider_name: SITE.name,
    provider_url: siteRoot,
    author_name: SITE.name,
    author_url: siteRoot,
    html: embedCode({ chart: code, siteRoot }),
    width: FALLBACK_WIDTHS.column,
    height: fallbackHeight(code),
    thumbnail_url: new URL(paths.png, siteRoot).href,
    thumbnail_width: thumbnail.width,
    thumbnail_height: thumbnail.height,
    cache_age: 86400,
  };
}
