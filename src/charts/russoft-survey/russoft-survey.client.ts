/**
 * russoft-survey in the browser: tooltips and keyboard travel come from the shared enhancer
 * (src/charts/shared/enhance.ts); this chart needs nothing more. Browser-only.
 */
import type { ChartClient } from '../shared/enhance';

export const russoftSurveyClient: ChartClient = {};
