/** partners-map in the browser, beyond the shared behaviour: the article's map story. */
import type { ChartClient } from '../shared/enhance';
import { startStory } from './partners-map.story-page';

export const client: ChartClient = {
  setup(figure) {
    if (figure.classList.contains('is-story')) startStory(figure);
  },
};
