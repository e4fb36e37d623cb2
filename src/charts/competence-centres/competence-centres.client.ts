/**
 * competence-centres in the browser: the RUB / USD switch sets data-currency on the figure and CSS
 * shows the matching figures; here it also announces the figure and the rate used. Browser-only.
 */
import type { ChartClient } from '../shared/enhance';
import { addLiveRegion, announce } from '../shared/announce';

export const competenceCentresClient: ChartClient = {
  setup: addLiveRegion,
  onSwitch(figure, name, value) {
    if (name !== 'currency') return;
    const shown = figure.querySelector(`.chart-svg svg .cur-${CSS.escape(value)}`);
    if (shown) announce(figure, [...shown.querySelectorAll('text')].map((t) => t.textContent).join(' '));
  },
};
