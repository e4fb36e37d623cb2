/**
 * partners-map in the browser, beyond the shared behaviour: a story step in an embed. The
 * article's map story is started by Step.astro's own script, so that code stays off the pages
 * that have no steps (every embed, the chart's page).
 */
import type { ChartClient } from '../shared/enhance';
import { showEmbedStep } from './partners-map.story-embed';

export const client: ChartClient = {
  setup(figure) {
    if (figure.dataset['embedded'] === 'true') void showEmbedStep(figure);
  },
};
