/**
 * The code a teacher pastes into a CMS: a responsive iframe that looks right even where the host
 * strips scripts (a fixed fallback height per chart), plus an optional one-line host script that
 * resizes it to fit its content exactly.
 */
import type { ChartDefinition } from '../charts/types';
import { embedQuery, type EmbedOptions, DEFAULT_OPTIONS } from './embed-options';

/** The width a typical article column gives an embed; the fallback height is computed for it. */
export const TYPICAL_EMBED_WIDTH = 640;

/** Room for the embed's title, controls and source line around the chart itself. */
const CHROME_HEIGHT = { withTitle: 190, withoutTitle: 120 };

/** A height that fits the chart at a typical column width, for hosts that run no script. */
export function fallbackHeight(chart: Pick<EmbeddableChart, 'sizes'>, title = true): number {
  const { width, height } = chart.sizes.wide;
  const chartHeight = Math.min(height, height * (TYPICAL_EMBED_WIDTH / width));
  return Math.ceil((chartHeight + (title ? CHROME_HEIGHT.withTitle : CHROME_HEIGHT.withoutTitle)) / 10) * 10;
}

/** What an embed code needs to know of a chart (also rebuilt in the browser from page data). */
export interface EmbeddableChart {
  id: string;
  title: string;
  sizes: ChartDefinition['sizes'];
}

export interface EmbedCodeInput {
  chart: EmbeddableChart;
  /** Absolute URL of the site root, with its base path and a trailing slash. */
  siteRoot: string;
  options?: EmbedOptions;
  /** Add the host script that resizes the iframe to its content. */
  script?: boolean;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedUrl(siteRoot: string, id: string, options: EmbedOptions = DEFAULT_OPTIONS): string {
  return new URL(`embed/${id}/${embedQuery(options)}`, siteRoot).href;
}

export function embedCode({ chart, siteRoot, options = DEFAULT_OPTIONS, script = true }: EmbedCodeInput): string {
  const src = embedUrl(siteRoot, chart.id, options);
  const height = fallbackHeight(chart, options.title);
  const iframe =
    `<iframe src="${attr(src)}" title="${attr(chart.title)}" width="100%" height="${height}" loading="lazy" ` +
    `style="width:100%;max-width:100%;border:0" data-sidestepped-embed="${attr(chart.id)}"></iframe>`;
  if (!script) return iframe;
  return `${iframe}\n<script async src="${attr(new URL('embed.js', siteRoot).href)}"></script>`;
}
