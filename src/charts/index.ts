/**
 * The chart registry: the one list every page, endpoint and test reads charts from. Adding a chart
 * means adding its folder and one line here (and its id in ids.ts).
 */
import { CHART_IDS, type ChartId } from './ids';
import type { ChartDefinition } from './types';
import { partnersMap } from './partners-map/partners-map';
import { competenceCentres } from './competence-centres/competence-centres';
import { russoftSurvey } from './russoft-survey/russoft-survey';
import { foreignSoftware } from './foreign-software/foreign-software';
import { timeline } from './timeline/timeline';

export const CHARTS: Readonly<Record<ChartId, ChartDefinition>> = {
  'partners-map': partnersMap,
  'competence-centres': competenceCentres,
  'russoft-survey': russoftSurvey,
  'foreign-software': foreignSoftware,
  timeline,
};

/**
 * Synthetic charts for the scale benchmark (scripts/scale.mjs sets SCALE_CHARTS=n): copies of the
 * real ones under new ids, so a build with many charts exercises every page and endpoint.
 */
function scaleCharts(n: number): ChartDefinition[] {
  const base = CHART_IDS.map((id) => CHARTS[id]);
  return Array.from({ length: n }, (_, i) => {
    const model = base[i % base.length]!;
    return { ...model, id: `scale-${i + 1}` as ChartId, title: `${model.title} (copy ${i + 1})` };
  });
}

/** The charts in the order of CHART_IDS (plus any scale-benchmark copies). */
export const charts: readonly ChartDefinition[] = [
  ...CHART_IDS.map((id) => CHARTS[id]),
  ...scaleCharts(Number(process.env['SCALE_CHARTS'] ?? 0) || 0),
];

export function getChart(id: ChartId): ChartDefinition {
  const chart = charts.find((c) => c.id === id);
  if (!chart) throw new Error(`No chart "${id}" in the registry (src/charts/index.ts). Known: ${charts.map((c) => c.id).join(', ')}`);
  return chart;
}

export type { ChartDefinition } from './types';
export type { ChartId } from './ids';
export { standaloneSize } from './shared/key';
