/**
 * competence-centres in the browser: tooltips and keyboard travel come from the shared enhancer
 * (src/charts/shared/enhance.ts). The chart has no controls: every figure is drawn at once.
 * Browser-only.
 */
import type { ChartClient } from '../shared/enhance';

export const competenceCentresClient: ChartClient = {};
