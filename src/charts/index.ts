/** The chart registry as pages, endpoints and tests use it: every chart, by id, in a language. */
import { dataFor, type Datasets } from '../data';
import { getLocale, type Lang } from '../i18n/locale';
import { REGISTRY } from './registry';
import { resolveChart } from './shared/render';
import type { ChartDefinition, ResolvedChart } from './types';

export type ChartId = (typeof REGISTRY)[number]['id'];

/**
 * Every chart's definition, in the registry's order. Each chart has its own messages type; a list
 * of them can only say "some messages" (`any`: the type is both read and written by `text`).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyChart = ChartDefinition<ChartId, any>;
export const CHARTS: readonly AnyChart[] = REGISTRY;
export const CHART_IDS: readonly ChartId[] = CHARTS.map((c) => c.id);

const unique = new Set<string>();
for (const c of CHARTS) {
  if (unique.has(c.id)) throw new Error(`src/charts/registry.ts lists the chart "${c.id}" twice`);
  unique.add(c.id);
}

/** Every chart in a language, with the site's data in that language (or another dataset, for tests). */
export function resolvedCharts(lang: Lang = 'en', data: Datasets = dataFor(lang)): ResolvedChart[] {
  return CHARTS.map((c) => resolveChart(c, data, getLocale(lang)));
}

export function getChart(id: string, lang: Lang = 'en', data: Datasets = dataFor(lang)): ResolvedChart {
  const chart = CHARTS.find((c) => c.id === id);
  if (!chart) throw new Error(`No chart "${id}" in the registry (src/charts/registry.ts). Known: ${CHART_IDS.join(', ')}`);
  return resolveChart(chart, data, getLocale(lang));
}

export type { ResolvedChart } from './types';
export { resolveChart };
