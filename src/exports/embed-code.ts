/**
 * The code a teacher pastes into a CMS: a full-width iframe that looks right even where the host
 * strips scripts (a fallback height per chart, computed for a 640 px column; the embed fits itself
 * into any other height), plus an optional one-line host script that resizes it to its content.
 */
import type { FallbackHeights, FallbackWidth } from './embed-layout';
import { embedQuery, type EmbedOptions, DEFAULT_OPTIONS } from './embed-options';
import { escapeXml } from '../charts/shared/escape';

/**
 * The height an iframe code carries, for hosts that strip scripts: computed at build time for a
 * 640 px article column (src/exports/embed-layout.ts). Any other frame height works too: the embed
 * lays itself out to fit (scales the chart, drops the notes behind a link).
 */
export function fallbackHeight(chart: Pick<EmbeddableChart, 'heights' | 'stepCaption'>, title = true, width: FallbackWidth = 'column', step = false): number {
  return chart.heights[title ? 'withTitle' : 'withoutTitle'][width] + (step ? (chart.stepCaption?.[width] ?? 0) : 0);
}

/** The state option that picks a map-story step (`?step=<id>`): it adds a caption, so a taller frame. */
export const STEP_OPTION = 'step';

/** What an embed code needs to know of a chart (also rebuilt in the browser from page data). */
export interface EmbeddableChart {
  id: string;
  /** The chart's language: its embed lives under `/<lang>/embed/<id>/` (English at the root). */
  lang: string;
  title: string;
  /** From embeddable() in embed-fallback.ts. */
  heights: FallbackHeights;
  /** For the story's chart: the room a step's caption takes (embed-layout.ts stepCaptionAllowance). */
  stepCaption?: Record<FallbackWidth, number>;
}

export interface EmbedCodeInput {
  chart: EmbeddableChart;
  /** Absolute URL of the site root, with its base path and a trailing slash. */
  siteRoot: string;
  options?: EmbedOptions;
  /** Add the host script that resizes the iframe to its content. */
  script?: boolean;
}

/**
 * English at the root, every other language under its code: the rule of langPath (src/i18n/paths.ts),
 * written out here because this module also runs in the browser (src/scripts/share.ts), where the
 * language files must not be bundled. tests/unit/exports/embed.test.ts holds the two together.
 */
const EMBED_ROOT_LANG = 'en';

/** The embed page of a chart in a language, with its options: `<root>de/embed/<id>/?theme=dark`. */
export function embedUrl(siteRoot: string, id: string, options: EmbedOptions = DEFAULT_OPTIONS, lang = EMBED_ROOT_LANG): string {
  const folder = lang === EMBED_ROOT_LANG ? '' : `${lang}/`;
  return new URL(`${folder}embed/${id}/${embedQuery(options)}`, siteRoot).href;
}

export function embedCode({ chart, siteRoot, options = DEFAULT_OPTIONS, script = true }: EmbedCodeInput): string {
  const src = embedUrl(siteRoot, chart.id, options, chart.lang);
  const height = fallbackHeight(chart, options.title, 'column', STEP_OPTION in options.state);
  const iframe =
    `<iframe src="${escapeXml(src)}" title="${escapeXml(chart.title)}" width="100%" height="${height}" loading="lazy" ` +
    `style="width:100%;max-width:100%;border:0" data-sidestepped-embed="${escapeXml(chart.id)}"></iframe>`;
  if (!script) return iframe;
  return `${iframe}\n<script async src="${escapeXml(new URL('embed.js', siteRoot).href)}"></script>`;
}
