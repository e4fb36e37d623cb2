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

/** The charts in the order of CHART_IDS. */
export const charts: readonly ChartDefinition[] = CHART_IDS.map((id) => CHARTS[id]);

export function getChart(id: ChartId): ChartDefinition {
  const chart = charts.find((c) => c.id === id);
  if (!chart) throw new Error(`No chart "${id}" in the registry (src/charts/index.ts). Known: ${charts.map((c) => c.id).join(', ')}`);
  return chart;
}

export type { ChartDefinition, ChartTable, RenderOptions, ChartLayoutName } from './types';
export { CHART_IDS, type ChartId } from './ids';
export { standaloneSize } from './shared/key';
