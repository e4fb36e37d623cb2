/**
 * partners-map: a story step's map state, put onto the SVGs already in the page (never redrawn):
 * the view, which marks are lit and which fade, which labels show, and the frame (the viewBox).
 * Used by the article's story (partners-map.story-page.ts) and by the embed's `?step=`. A step is
 * any element carrying the state as data attributes (Step.astro's section, or its template in an
 * embed). Browser-only.
 */

/** The marks and their copies elsewhere on the map (`.decor`), by partner id. */
const COUNTRIES = '[data-mark], .decor[data-country]';
const LABELS = '[data-label-for], [data-leader-for]';
const TWEEN_MS = 350;

const idOf = (el: Element) => el.getAttribute('data-mark') ?? el.getAttribute('data-country') ?? '';
const labelOf = (el: Element) => el.getAttribute('data-label-for') ?? el.getAttribute('data-leader-for') ?? '';
const words = (s: string | undefined) => new Set((s ?? '').split(' ').filter(Boolean));

const svgsOf = (figure: HTMLElement) => [...figure.querySelectorAll<SVGSVGElement>('.chart-svg svg')];

/** The page's switch, set directly: pressing it would announce the view, and the step says it already. */
function setView(figure: HTMLElement, view: string): void {
  figure.setAttribute('data-view', view);
  for (const b of figure.querySelectorAll<HTMLButtonElement>('.chart-control[data-name="view"] button[data-value]'))
    b.setAttribute('aria-pressed', String(b.dataset['value'] === view));
}

const tweens = new WeakMap<SVGSVGElement, number>();
const parseBox = (s: string) => s.split(/[\s,]+/).map(Number);

function setViewBox(svg: SVGSVGElement, target: string, instant: boolean): void {
  const running = tweens.get(svg);
  if (running) cancelAnimationFrame(running);
  const from = parseBox(svg.getAttribute('viewBox') ?? target);
  const to = parseBox(target);
  if (instant || from.length !== 4 || from.every((v, i) => v === to[i])) {
    svg.setAttribute('viewBox', target);
    return;
  }
  const start = performance.now();
  const frame = (now: number) => {
    // A frame's time is when the frame began, which on a busy phone can be before the tween was
    // asked for: clamped, or the box would run backwards past its start (a negative viewBox).
    const t = Math.min(1, Math.max(0, (now - start) / TWEEN_MS));
    const ease = 1 - (1 - t) ** 3;
    svg.setAttribute('viewBox', t === 1 ? target : from.map((v, i) => v + (to[i]! - v) * ease).join(' '));
    if (t < 1) tweens.set(svg, requestAnimationFrame(frame));
    else tweens.delete(svg);
  };
  tweens.set(svg, requestAnimationFrame(frame));
}

export const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Puts one step's state on the figure's drawings. */
export function applyStep(figure: HTMLElement, step: HTMLElement, instant = reducedMotion()): void {
  const d = step.dataset;
  setView(figure, d['view'] ?? 'group');
  const lit = words(d['highlight']);
  const labels = words(d['labels']);
  for (const svg of svgsOf(figure)) {
    for (const el of svg.querySelectorAll(COUNTRIES)) {
      const on = lit.has(idOf(el));
      el.classList.toggle('is-lit', on);
      // Russia, the subject, is context: it never fades.
      el.classList.toggle('is-faded', !on && el.getAttribute('data-group') !== 'subject');
    }
    for (const el of svg.querySelectorAll(LABELS)) el.classList.toggle('is-label-off', !labels.has(labelOf(el)));
    const box = d[`frame${(svg.dataset['layout'] ?? '').replace(/^./, (c) => c.toUpperCase())}`];
    if (box) setViewBox(svg, box, instant);
  }
}

/** The full map again: nothing lit or faded, every label, the whole frame, the given view. */
export function resetMap(figure: HTMLElement, view: string, instant = reducedMotion()): void {
  setView(figure, view);
  for (const svg of svgsOf(figure)) {
    for (const el of svg.querySelectorAll('.is-lit, .is-faded, .is-label-off')) el.classList.remove('is-lit', 'is-faded', 'is-label-off');
    const { width, height } = svg.viewBox.baseVal;
    const w = svg.getAttribute('width');
    const h = svg.getAttribute('height');
    setViewBox(svg, `0 0 ${w ?? width} ${h ?? height}`, instant);
  }
}
