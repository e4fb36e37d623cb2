/**
 * A story step's map state as data attributes, and its pointer line, for the article's section
 * (Step.astro) and the embed's caption template (story/StepTemplate.astro). The frames are
 * already each layout's viewBox at the chart's size in the language.
 */
import { storyFor, storyStep } from '../data/story';
import { dataFor } from '../data';
import { getChart } from '../charts';
import { LAYOUTS } from '../charts/types';
import { frameBoxes, viewBoxOf } from '../charts/partners-map/partners-map.frames';
import { getLocale, type Lang } from '../i18n/locale';
import { fill, ui } from '../i18n/ui';

export function stepAttributes(lang: Lang, id: string): { attrs: Record<string, string>; pointer: string } {
  const story = storyFor(lang);
  const step = storyStep(lang, id);
  const data = dataFor(lang);
  const chart = getChart(story.chart, lang, data);
  const nameOf = (pid: string) => data.partners.find((p) => p.id === pid)?.name ?? pid;
  const t = ui(lang).story;
  return {
    attrs: {
      'data-step': id,
      'data-view': step.view,
      'data-frame': step.frame,
      ...Object.fromEntries(LAYOUTS.map((l) => [`data-frame-${l}`, viewBoxOf(frameBoxes(l, chart.sizes[l])[step.frame])])),
      'data-highlight': step.highlight.join(' '),
      'data-labels': step.labels.join(' '),
      'data-count': fill(t.count, { n: story.steps.indexOf(step) + 1, total: story.steps.length }),
      'data-say': step.say,
    },
    pointer: fill(step.view === 'formal' ? t.pointerFormal : t.pointer, { list: getLocale(lang).list(step.highlight.map(nameOf)) }),
  };
}
