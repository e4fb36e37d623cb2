/**
 * Everything a chart becomes when it leaves the site, in one place so that the endpoints, the chart
 * pages, the educators' bundle and the tests all agree on names, URLs and contents.
 */
import { resolvedCharts } from '../charts';
import type { ResolvedChart } from '../charts/types';
import type { Datasets } from '../data/datasets';
import { SITE, SPOTLIGHT } from '../lib/site';
import { DEFAULT_LANG, type Lang } from '../i18n/locale';
import { langPath } from '../i18n/paths';
import { exportWords } from './messages';
import { sourceWho } from '../lib/source-name';
import { switchState } from '../charts/shared/key';
import { tableToCsv } from './csv';
import { standaloneSvg } from './standalone-svg';
import { withEmbeddedFonts } from './fonts';
import { svgToPng } from './png';
import { articleCard, chartCard, OG_WIDTH } from './og-image';

/** Site-relative paths (no leading slash) of a chart's page and files in a language (`de/charts/<id>/`). */
export const chartPaths = (id: string, lang: Lang = DEFAULT_LANG) => ({
  page: langPath(lang, `charts/${id}/`),
  embed: langPath(lang, `embed/${id}/`),
  csv: langPath(lang, `data/${id}.csv`),
  json: langPath(lang, `data/${id}.json`),
  svg: langPath(lang, `charts/${id}.svg`),
  png: langPath(lang, `charts/${id}.png`),
  oembed: langPath(lang, `oembed/${id}.json`),
  og: langPath(lang, `og/charts/${id}.png`),
});

/**
 * The pictures of a chart: one in its initial state (`<id>.png`), and one more for every other
 * value of each of its switches (`<id>-<value>.png`, e.g. the map's formal-status view), read from
 * the chart's controls in the registry.
 */
export interface ChartView {
  /** File name without extension: `partners-map`, `partners-map-formal`. */
  name: string;
  /** Switch values drawn (empty: the initial ones). */
  state: Readonly<Record<string, string>>;
  /** "Formal status, Sept 2024"; empty for the initial view. */
  label: string;
  svg: string;
  png: string;
}

export function chartViews(chart: ResolvedChart): ChartView[] {
  const { controls } = chart;
  const initial = switchState(controls);
  const view = (name: string, state: Record<string, string>, label: string): ChartView => ({
    name,
    state,
    label,
    svg: langPath(chart.lang, `charts/${name}.svg`),
    png: langPath(chart.lang, `charts/${name}.png`),
  });
  const views = [view(chart.id, {}, '')];
  for (const c of controls) {
    if (c.kind !== 'switch') continue;
    for (const o of c.options) {
      if (o.value === initial[c.name]) continue;
      views.push(view(`${chart.id}-${o.value}`, { [c.name]: o.value }, o.label));
    }
  }
  return views;
}

/** Every chart view in the registry (in one language: pass `resolvedCharts(lang)`), for the endpoints' static paths. */
export const allChartViews = (charts: readonly ResolvedChart[] = resolvedCharts()) => charts.flatMap((chart) => chartViews(chart).map((view) => ({ chart, view })));

export const BUNDLE_PATH = 'downloads/sanctions-sidestepped-classroom.zip';
/** The classroom zip of a language: same file name, under the language's folder (`de/downloads/…`). */
export const bundlePath = (lang: Lang = DEFAULT_LANG): string => langPath(lang, BUNDLE_PATH);

/** PNG width: at least 1200 px, and twice the chart's own width for sharp slides. */
export const pngWidth = (chart: ResolvedChart) => Math.max(1200, 2 * (chart.sizes.wide.width + 64));

/** `data`: the dataset the chart was resolved with, whose bibliography names the rows' source ids. */
export function chartCsv(chart: ResolvedChart, data: Datasets): string {
  return tableToCsv(chart.table, chart.sources, data.sources, chart.lang);
}

export function chartJson(chart: ResolvedChart, siteRoot: string): string {
  const { table } = chart;
  const doc = {
    id: chart.id,
    title: chart.title,
    subtitle: chart.subtitle,
    description: chart.description,
    lang: chart.lang,
    url: new URL(chartPaths(chart.id, chart.lang).page, siteRoot).href,
    licence: { name: SITE.licence.name, url: SITE.licence.url },
    credit: exportWords(chart.lang).credit(SITE.name, SPOTLIGHT.series, SPOTLIGHT.author),
    sources: chart.sources.map(({ id, kind, author, title, publisher, topic, date, url, covers }) => ({ id, kind, name: sourceWho({ kind, author, publisher, topic }, chart.lang), author, title, publisher, date, url, covers })),
    notes: chart.notes,
    columns: table.columns,
    data: table.rows,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

const svgOf = (chart: ResolvedChart, siteRoot: string, state: Readonly<Record<string, string>> = {}) =>
  standaloneSvg({ chart, state, pageUrl: new URL(chartPaths(chart.id, chart.lang).page, siteRoot).href });

/** The SVG download: the standalone picture with Source Sans 3 embedded (subset to its text). */
export function chartSvgFile(chart: ResolvedChart, siteRoot: string, state: Readonly<Record<string, string>> = {}): Promise<string> {
  return withEmbeddedFonts(svgOf(chart, siteRoot, state));
}

// Rendering PNGs is the slowest part of the build; the chart page, the bundle and the endpoint share one.
const pngCache = new Map<string, Uint8Array>();
const memo = (key: string, make: () => Uint8Array) => {
  let v = pngCache.get(key);
  if (!v) pngCache.set(key, (v = make()));
  return v;
};

export function chartPng(chart: ResolvedChart, siteRoot: string, state: Readonly<Record<string, string>> = {}): Uint8Array {
  const drawn = JSON.stringify(switchState(chart.controls, state));
  return memo(`chart:${chart.lang}:${chart.id}:${siteRoot}:${drawn}`, () => svgToPng(svgOf(chart, siteRoot, state), pngWidth(chart)));
}

export function chartOgPng(chart: ResolvedChart): Uint8Array {
  return memo(`og-chart:${chart.lang}:${chart.id}`, () => svgToPng(chartCard(chart), OG_WIDTH));
}

export function articleOgPng(slug: string, title: string, description: string, part: string, lang: Lang = DEFAULT_LANG): Uint8Array {
  return memo(`og-article:${lang}:${slug}:${title}`, () => svgToPng(articleCard(title, description, part, lang), OG_WIDTH));
}
