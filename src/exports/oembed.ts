/** oEmbed 1.0 "rich" responses, one static JSON file per chart. */
import type { ChartDefinition } from '../charts/types';
import { SITE } from '../lib/site';
import { embedCode, fallbackHeight, TYPICAL_EMBED_WIDTH } from './embed-code';
import { chartPaths } from './chart-files';

export function oembed(chart: ChartDefinition, siteRoot: string, thumbnail: { width: number; height: number }) {
  const paths = chartPaths(chart.id);
  return {
    version: '1.0',
    type: 'rich',
    title: chart.title,
    provider_name: SITE.name,
    provider_url: siteRoot,
    author_name: SITE.name,
    author_url: siteRoot,
    html: embedCode({ chart, siteRoot }),
    width: TYPICAL_EMBED_WIDTH,
    height: fallbackHeight(chart),
    thumbnail_url: new URL(paths.png, siteRoot).href,
    thumbnail_width: thumbnail.width,
    thumbnail_height: thumbnail.height,
    cache_age: 86400,
  };
}
