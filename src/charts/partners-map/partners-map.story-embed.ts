/**
 * partners-map in an embed: `?step=<id>` shows the map in that story step's state with the step's
 * title and passage as a caption under the drawing (the templates come from the article:
 * components/story/StepCaptions.astro). A step the page does not have leaves the full map, as any
 * bad embed option falls back. An explicit `view=` is applied after this (embed-frame.ts, on load)
 * and so wins over the step's view. Browser-only.
 */
import { applyStep } from './partners-map.story';

export function showEmbedStep(figure: HTMLElement): void {
  const id = new URLSearchParams(location.search).get('step');
  if (!id) return;
  const template = [...document.querySelectorAll<HTMLTemplateElement>('template[data-step]')].find((t) => t.dataset['step'] === id);
  const caption = document.querySelector<HTMLElement>('[data-step-caption]');
  if (!template || !caption) return;
  figure.classList.add('is-story-step');
  applyStep(figure, template, true);
  caption.append(template.content.cloneNode(true));
  // Under the drawing, inside the figure, so the embed's fit gives the drawing what is left.
  figure.querySelector('.chart-frame')?.after(caption);
  caption.hidden = false;
}
