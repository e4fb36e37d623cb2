/** partners-map in the browser, beyond the shared behaviour: the article's map story, and a story step in an embed. */
import type { ChartClient } from '../shared/enhance';
import { startStory } from './partners-map.story-page';
import { showEmbedStep } from './partners-map.story-embed';

export const client: ChartClient = {
  setup(figure) {
    if (figure.classList.contains('is-story')) startStory(figure);
    else if (figure.dataset['embedded'] === 'true') void showEmbedStep(figure);
  },
};
