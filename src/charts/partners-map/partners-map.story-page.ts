/**
 * partners-map: the article's map story (Chart.astro's story mode). A step becomes current by
 * scrolling (one IntersectionObserver on a one-pixel reading line; the page scrolls as always),
 * by the previous/next buttons, by focus entering a step, or by a `#step-<id>` link; the map
 * follows (partners-map.story.ts) and the figure's live region says so once, politely.
 * Browser-only.
 */
import { addLiveRegion, announce } from '../shared/announce';
import { applyStep, reducedMotion, resetMap } from './partners-map.story';

/** How long a step reached by scrolling must stay current before it is announced, so fast scrolling queues nothing. */
const SETTLE_MS = 500;

export function startStory(figure: HTMLElement): void {
  const body = figure.querySelector<HTMLElement>('.story-body');
  const stage = figure.querySelector<HTMLElement>('.story-stage');
  const steps = [...figure.querySelectorAll<HTMLElement>('.story-step[data-step]')];
  const prev = figure.querySelector<HTMLButtonElement>('[data-story="prev"]');
  const next = figure.querySelector<HTMLButtonElement>('[data-story="next"]');
  const count = figure.querySelector<HTMLElement>('.story-count');
  if (!body || !stage || !steps.length || !prev || !next || !count) return;
  addLiveRegion(figure);
  // The view the reader had before the story took the map over: it comes back after the last step.
  const printedView = figure.getAttribute('data-view') ?? 'group';
  let viewBefore = printedView;
  let current: HTMLElement | undefined;
  let said: HTMLElement | undefined;
  let settle = 0;

  const say = (step: HTMLElement) => {
    if (step === said) return;
    said = step;
    const title = step.querySelector('.story-step-title')?.textContent ?? '';
    announce(figure, `${step.dataset['count'] ?? ''}: ${title}. ${step.dataset['say'] ?? ''}`);
  };

  const show = (step: HTMLElement | undefined, how: 'now' | 'scroll', instant?: boolean) => {
    clearTimeout(settle);
    if (step === current) return;
    current?.removeAttribute('aria-current');
    if (!current) viewBefore = figure.getAttribute('data-view') ?? viewBefore;
    current = step;
    if (!step) {
      resetMap(figure, viewBefore, instant);
      count.textContent = count.dataset['steps'] ?? '';
      prev.setAttribute('aria-disabled', 'true');
      next.setAttribute('aria-disabled', 'false');
      return;
    }
    applyStep(figure, step, instant);
    step.setAttribute('aria-current', 'step');
    count.textContent = step.dataset['count'] ?? '';
    const i = steps.indexOf(step);
    prev.setAttribute('aria-disabled', String(i === 0));
    next.setAttribute('aria-disabled', String(i === steps.length - 1));
    if (how === 'now') say(step);
    else settle = window.setTimeout(() => step === current && say(step), SETTLE_MS);
  };

  // The reading line: 45 % down a wide window; on phones a quarter of the way through what the
  // sticky drawing leaves free. The section it crosses is current.
  const beside = () => stage.getBoundingClientRect().right <= (steps[0]?.getBoundingClientRect().left ?? 0) + 1 || stage.getBoundingClientRect().left >= (steps[0]?.getBoundingClientRect().right ?? 0) - 1;
  // The switch and key above the drawing scroll away on phones; only the drawing and the nav stay.
  const lead = () => {
    const frame = stage.querySelector<HTMLElement>('.chart-frame');
    return frame && !beside() ? Math.round(frame.getBoundingClientRect().top - stage.getBoundingClientRect().top) : 0;
  };
  const line = () => {
    if (beside()) return Math.round(innerHeight * 0.45);
    const bottom = Math.max(0, stage.offsetHeight - lead());
    return Math.round(bottom + (innerHeight - bottom) * 0.25);
  };

  let scrolling = false;
  const onLine = new Set<HTMLElement>();
  let observer: IntersectionObserver | undefined;
  const observe = (l: number) => {
    observer?.disconnect();
    onLine.clear();
    body.style.setProperty('--story-line', `${l}px`);
    observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          const s = e.target as HTMLElement;
          if (e.isIntersecting) onLine.add(s);
          else onLine.delete(s);
        }
        if (!scrolling) show(steps.find((s) => onLine.has(s)), 'scroll');
      },
      { rootMargin: `-${l}px 0px -${Math.max(0, innerHeight - l - 1)}px 0px` },
    );
    for (const s of steps) observer.observe(s);
  };

  // Every read before any write, so laying the story out never makes the browser lay the page out twice.
  const relayout = () => {
    const l = line();
    body.style.setProperty('--story-lead', `${lead()}px`);
    observe(l);
  };
  // The first report comes after the browser's own first layout, so starting the story forces none.
  new ResizeObserver(relayout).observe(stage);
  addEventListener('resize', relayout);

  // Buttons: the neighbour step at once, then its section scrolled to the reading line; the
  // observer waits for that scroll to end, so no step flashes by on the way. A second press
  // replaces the first's wait (its timer must not cut the second's short). The reader scrolling
  // on ends the wait: at once by wheel or touch, else when the wait times out; the section on the
  // line then is current.
  let fallback = 0;
  let target = 0;
  const release = (resync: boolean) => {
    scrolling = false;
    clearTimeout(fallback);
    removeEventListener('scrollend', arrived);
    if (resync) show(steps.find((s) => onLine.has(s)), 'scroll');
  };
  // The end of the button's own scroll, not of one it cut short.
  function arrived() {
    const end = document.documentElement.scrollHeight - innerHeight;
    if (Math.abs(scrollY - Math.min(Math.max(target, 0), end)) <= 2) release(false);
  }
  const takeOver = (e: Event) => {
    // A tap on the nav is a press, not a scroll.
    if (!scrolling || (e.type === 'touchstart' && e.target instanceof Element && e.target.closest('.story-nav'))) return;
    // The page's own smooth scroll stops where it is, so it never carries the reader back.
    scrollTo({ top: scrollY, behavior: 'instant' });
    release(true);
  };
  addEventListener('wheel', takeOver, { passive: true });
  addEventListener('touchstart', takeOver, { passive: true });
  const toLine = (step: HTMLElement, behavior: ScrollBehavior) => {
    target = Math.round(scrollY + step.getBoundingClientRect().top - line() + 8);
    release(false);
    scrolling = true;
    addEventListener('scrollend', arrived);
    // Browsers without scrollend, or a scroll the reader's keys cut short, let the observer back in soon.
    fallback = window.setTimeout(() => release(true), 1200);
    scrollTo({ top: target, behavior });
  };
  const go = (delta: number) => {
    const i = current ? steps.indexOf(current) + delta : delta > 0 ? 0 : -1;
    const step = steps[i];
    if (!step) return;
    show(step, 'now');
    toLine(step, reducedMotion() ? 'auto' : 'smooth');
  };
  prev.addEventListener('click', () => go(-1));
  next.addEventListener('click', () => go(1));

  // Focus entering a step (a glossary term, a link, a footnote reference) makes it current.
  for (const s of steps) s.addEventListener('focusin', () => show(s, 'now'));

  const fromHash = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    const step = steps.find((s) => s.id === id);
    if (!step) return;
    show(step, 'now', true);
    // The step's heading on the reading line, below the sticky drawing, whatever the browser chose.
    toLine(step, 'auto');
  };
  addEventListener('hashchange', fromHash);

  // Paper gets the full map beside the story's text; the step comes back after printing.
  let printed: HTMLElement | undefined;
  addEventListener('beforeprint', () => {
    printed = current;
    resetMap(figure, printedView, true);
  });
  addEventListener('afterprint', () => {
    if (printed) applyStep(figure, printed, true);
  });

  fromHash();
  // The browser may scroll to the fragment itself once the page has loaded: land on the line again.
  addEventListener('load', fromHash, { once: true });
}
