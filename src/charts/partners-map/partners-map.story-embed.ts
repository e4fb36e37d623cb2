/**
 * partners-map in an embed: `?step=<id>` shows the map in that story step's state with the step's
 * title and passage as a caption under the drawing. The captions are fetched from their own JSON
 * file (embed/partners-map/steps.json, rendered from components/story/StepCaptions.astro) only when a
 * step is asked for, so an embed of the full map carries none of their weight. A step the file does
 * not have, or captions that cannot be fetched,
 * leave the full map, as any bad embed option falls back. When the step is in, the figure gets
 * `data-step-applied` and the page is told (EMBED_CHANGED) so embed-frame.ts re-applies an explicit
 * `view=` (which wins over the step's view) and posts the height with the caption. Browser-only.
 */
import { applyStep } from './partners-map.story';
import { EMBED_CHANGED } from '../../scripts/embed-events';

async function stepTemplate(src: string, id: string): Promise<HTMLTemplateElement | undefined> {
  const response = await fetch(src);
  if (!response.ok) return undefined;
  const { templates } = (await response.json()) as { templates?: unknown };
  if (typeof templates !== 'string') return undefined;
  // The site's own HTML, rendered and escaped by Astro at build time; parsed inert, never run.
  const doc = new DOMParser().parseFromString(templates, 'text/html');
  return [...doc.querySelectorAll<HTMLTemplateElement>('template[data-step]')].find((t) => t.dataset['step'] === id);
}

export async function showEmbedStep(figure: HTMLElement): Promise<void> {
  const id = new URLSearchParams(location.search).get('step');
  const caption = document.querySelector<HTMLElement>('[data-step-caption]');
  const src = caption?.dataset['stepCaptionsSrc'];
  if (!id || !caption || !src) return;
  const template = await stepTemplate(src, id).catch(() => undefined);
  if (!template) return;
  figure.classList.add('is-story-step');
  applyStep(figure, template, true);
  caption.append(document.importNode(template.content, true));
  // Under the drawing, inside the figure, so the embed's fit gives the drawing what is left.
  figure.querySelector('.chart-frame')?.after(caption);
  caption.hidden = false;
  figure.dataset['stepApplied'] = id;
  document.dispatchEvent(new Event(EMBED_CHANGED));
}
