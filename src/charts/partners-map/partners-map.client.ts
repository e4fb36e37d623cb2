/**
 * partners-map in the browser: the view switch swaps fills and labels through CSS (data-view on the
 * figure); here it also tells screen-reader users which view is showing. Browser-only.
 */
import type { ChartClient } from '../shared/enhance';

export const partnersMapClient: ChartClient = {
  setup(figure) {
    const live = document.createElement('p');
    live.className = 'visually-hidden';
    live.setAttribute('aria-live', 'polite');
    live.dataset['chartLive'] = '';
    figure.append(live);
    figure.dataset['live'] = 'true';
  },
  onSwitch(figure, name, value) {
    if (name !== 'view') return;
    const live = figure.querySelector(':scope > [data-chart-live]');
    if (live)
      live.textContent =
        value === 'formal'
          ? 'Showing formal memberships in September 2024: EAEU, BRICS and OECD.'
          : 'Showing the spotlight’s grouping of partners.';
  },
};
