/** Enhances every chart on the page; loaded once by Chart.astro's script. Browser-only. */
import type { ChartId } from './ids';
import { enhanceFigure, type ChartClient } from './shared/enhance';
import { partnersMapClient } from './partners-map/partners-map.client';
import { competenceCentresClient } from './competence-centres/competence-centres.client';
import { russoftSurveyClient } from './russoft-survey/russoft-survey.client';
import { foreignSoftwareClient } from './foreign-software/foreign-software.client';
import { timelineClient } from './timeline/timeline.client';

const CLIENTS: Record<ChartId, ChartClient> = {
  'partners-map': partnersMapClient,
  'competence-centres': competenceCentresClient,
  'russoft-survey': russoftSurveyClient,
  'foreign-software': foreignSoftwareClient,
  timeline: timelineClient,
};

export function enhanceCharts(): void {
  for (const figure of document.querySelectorAll<HTMLElement>('figure[data-chart]')) {
    const id = figure.dataset['chart'] as ChartId;
    enhanceFigure(figure, CLIENTS[id]);
  }
}
