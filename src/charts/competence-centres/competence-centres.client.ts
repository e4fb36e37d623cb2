/**
 * competence-centres in the browser: the RUB / USD switch sets data-currency on the figure and CSS
 * shows the matching figures; here it also announces the figure and the rate used. Browser-only.
 */
import type { ChartClient } from '../shared/enhance';

export const competenceCentresClient: ChartClient = {
  setup(figure) {
    const live = document.createElement('p');
    live.className = 'visually-hidden';
    live.setAttribute('aria-live', 'polite');
    live.dataset['chartLive'] = '';
    figure.append(live);
  },
  onSwitch(figure, name, value) {
    if (name !== 'currency') return;
    const live = figure.querySelector(':scope > [data-chart-live]');
    const shown = figure.querySelector(`.chart-svg svg .cur-${CSS.escape(value)}`);
    if (live && shown) live.textContent = [...shown.querySelectorAll('text')].map((t) => t.textContent).join(' ');
  },
};
