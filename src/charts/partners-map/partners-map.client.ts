/**
 * partners-map in the browser: the view switch swaps fills and labels through CSS (data-view on the
 * figure); here it also tells screen-reader users which view is showing. Browser-only.
 */
import type { ChartClient } from '../shared/enhance';
import { addLiveRegion, announce } from '../shared/announce';

export const partnersMapClient: ChartClient = {
  setup: addLiveRegion,
  onSwitch(figure, name, value) {
    if (name !== 'view') return;
    announce(
      figure,
      value === 'formal'
        ? 'Showing formal memberships in September 2024: EAEU, BRICS and OECD.'
        : 'Showing the spotlight’s grouping of partners.',
    );
  },
};
