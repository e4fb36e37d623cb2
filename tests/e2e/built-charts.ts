import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { builtLangs, builtPages, inLangPath, langOfPath, rootLang } from './pages';

/**
 * Every chart the build placed in one language, read from the built pages (so a chart added to the
 * registry, or a language added to the site, is tested without touching a test): its id, the
 * article pages that show it, and its own page.
 */
export interface BuiltChart {
  id: string;
  /** The language of these pages (see builtLangs: "en", "de"). */
  lang: string;
  /** Article pages (/articles/<slug>/, /de/articles/<slug>/) that place the chart. */
  articles: string[];
  /** Every page of the language with the chart's figure: articles, /charts/<id>/, /embed/<id>/… */
  pages: string[];
  /** The figure has control buttons (switches or filters). */
  controls: boolean;
  /** Where a reader meets the chart: its (first) article, or its own page if no article places it. */
  home: string;
}

const DIST = process.env.DIST_DIR ?? 'dist';

/** The charts of the build in `lang` (default: the root language, English). */
export function builtCharts(lang = rootLang(DIST), dir = DIST): BuiltChart[] {
  const byId = new Map<string, BuiltChart>();
  const prefix = inLangPath(lang, '/', dir);
  for (const path of builtPages(dir).filter((p) => langOfPath(p, dir) === lang)) {
    const html = readFileSync(join(dir, path, 'index.html'), 'utf8');
    const starts = [...html.matchAll(/<figure\b[^>]*\sdata-chart="([^"]+)"/g)];
    for (const [k, m] of starts.entries()) {
      const id = m[1]!;
      const figure = html.slice(m.index, starts[k + 1]?.index ?? html.length);
      const c = byId.get(id) ?? { id, lang, articles: [], pages: [], controls: false, home: '' };
      c.controls ||= /class="chart-control"/.test(figure);
      if (!c.pages.includes(path)) c.pages.push(path);
      if (/^articles\/[^/]+\/$/.test(path.slice(prefix.length)) && !c.articles.includes(path)) c.articles.push(path);
      byId.set(id, c);
    }
  }
  const charts = [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  if (charts.length === 0) throw new Error(`No chart figures in ${dir}/${lang === rootLang(dir) ? '' : `${lang}/`}: run "npm run build" first.`);
  for (const c of charts) c.home = c.articles[0] ?? inLangPath(lang, `/charts/${c.id}/`, dir);
  return charts;
}

/** The charts of every language of the build, language by language. */
export const builtChartsInEveryLang = (dir = DIST): BuiltChart[] => builtLangs(dir).flatMap((lang) => builtCharts(lang, dir));

/** The ids of every chart the build placed, in id order (the same in every language). */
export function builtChartIds(dir = DIST): string[] {
  return builtCharts(rootLang(dir), dir).map((c) => c.id);
}

/** Article pages of a language, each with the ids of the charts it places. */
export function articlesWithCharts(lang = rootLang(DIST), dir = DIST): { path: string; charts: string[] }[] {
  const pages = new Map<string, string[]>();
  for (const c of builtCharts(lang, dir)) for (const a of c.articles) pages.set(a, [...(pages.get(a) ?? []), c.id]);
  return [...pages.entries()].sort().map(([path, charts]) => ({ path, charts }));
}

export const figureOf = (page: Page, id: string): Locator => page.locator(`figure[data-chart="${id}"]`);

export interface MarkInfo {
  id: string;
  title: string;
}

/** The marks of the shown layout, in keyboard-travel order (data-order, else document order). */
export const shownMarks = (figure: Locator): Promise<MarkInfo[]> =>
  figure.evaluate((f) => {
    const svg = [...f.querySelectorAll<SVGSVGElement>('.chart-svg svg')].find((s) => s.checkVisibility());
    if (!svg) return [];
    return [...svg.querySelectorAll('[data-mark]')]
      .map((m, i) => ({ m, i, order: Number(m.getAttribute('data-order') ?? 0) }))
      .sort((a, b) => a.order - b.order || a.i - b.i)
      .map(({ m }) => {
        // Tooltip text stands once per figure: on this mark, or on its twin in the other layout.
        const id = m.getAttribute('data-mark') ?? '';
        const t = m.hasAttribute('data-tip-title') ? m : f.querySelector(`[data-mark="${CSS.escape(id)}"][data-tip-title]`);
        return { id, title: t?.getAttribute('data-tip-title') ?? '' };
      });
  });

/** A mark of the shown layout. */
export const shownMark = (figure: Locator, id: string): Locator =>
  figure.locator('.chart-svg').filter({ visible: true }).locator(`[data-mark="${id}"]`);

/** A chart's name in test titles: its id, with the language when it is not the root one ("de: timeline"). */
export const chartName = (c: Pick<BuiltChart, 'id' | 'lang'>, dir = DIST): string => (c.lang === rootLang(dir) ? c.id : `${c.lang}: ${c.id}`);

/**
 * The widths a spec runs a language at: the root language at all of `widths`, every other one at the
 * narrowest only, where its longer words are hardest to fit (so a spec that loops over widths does not
 * double its time for each language).
 */
export function widthsFor<W extends number | { width: number }>(lang: string, widths: readonly W[], dir = DIST): readonly W[] {
  if (lang === rootLang(dir)) return widths;
  const w = (x: W) => (typeof x === 'number' ? x : x.width);
  const narrowest = Math.min(...widths.map(w));
  return widths.filter((x) => w(x) === narrowest);
}
