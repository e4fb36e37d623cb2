/**
 * Enhances a chart figure already in the page: reveals its controls and wires them, makes marks
 * focusable with one tab stop per chart and arrow-key travel, and shows the tooltip on hover, tap
 * and focus. It never redraws the SVG. Browser-only.
 */
import { createTip } from './tooltip';
import { addLiveRegion, announce } from './announce';
import { tipOf } from './tip-text';

export interface ChartClient {
  /** Called after a switch control changes the figure's `data-<name>`. */
  onSwitch?(figure: HTMLElement, name: string, value: string): void;
  /** Called once after the generic enhancement. */
  setup?(figure: HTMLElement): void;
}

/** The tooltip's lines as one sentence-separated label for screen readers. */
const markLabel = (m: Element) =>
  [tipOf(m).title, ...tipOf(m).body.split('\n')]
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => (/[.!?:]$/.test(line) ? line : `${line}.`))
    .join(' ');

function wireControls(figure: HTMLElement, client: ChartClient | undefined): void {
  const box = figure.querySelector<HTMLElement>('[data-controls]');
  if (!box) return;
  box.hidden = false;
  figure.classList.add('has-controls');
  for (const group of box.querySelectorAll<HTMLElement>('.chart-control')) {
    const name = group.dataset['name'] ?? '';
    const buttons = [...group.querySelectorAll<HTMLButtonElement>('button[data-value]')];
    if (group.dataset['kind'] === 'switch') {
      for (const b of buttons)
        b.addEventListener('click', () => {
          const value = b.dataset['value'] ?? '';
          for (const o of buttons) o.setAttribute('aria-pressed', String(o === b));
          figure.setAttribute(`data-${name}`, value);
          const said = b.dataset['announce'];
          if (said) announce(figure, said);
          client?.onSwitch?.(figure, name, value);
        });
    } else {
      // A filter highlights: the pressed values keep their colour and the others fade; with none
      // pressed, everything shows as usual. Marks of a value without a button (the map's Russia)
      // are context and never fade. Nothing is removed, so keyboard travel still reaches every mark.
      const values = new Set(buttons.map((o) => o.dataset['value'] ?? ''));
      for (const b of buttons)
        b.addEventListener('click', () => {
          b.setAttribute('aria-pressed', String(b.getAttribute('aria-pressed') !== 'true'));
          const lit = new Set(buttons.filter((o) => o.getAttribute('aria-pressed') === 'true').map((o) => o.dataset['value'] ?? ''));
          figure.toggleAttribute(`data-${name}-highlight`, lit.size > 0);
          for (const el of figure.querySelectorAll(`svg [data-${name}]`)) {
            const v = el.getAttribute(`data-${name}`) ?? '';
            el.classList.toggle('is-faded', lit.size > 0 && values.has(v) && !lit.has(v));
          }
        });
    }
  }
}

function wireMarks(figure: HTMLElement): void {
  const tip = createTip(figure);
  if (!tip) return;
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  figure.classList.toggle('reduce-motion', reduce);
  for (const svg of figure.querySelectorAll<SVGSVGElement>('.chart-svg svg')) {
    // Document order, unless the chart gives a travel order (drawing order can differ from it).
    const order = (m: Element) => Number(m.getAttribute('data-order') ?? 0);
    const marks = [...svg.querySelectorAll<SVGElement>('[data-mark]')].sort((a, b) => order(a) - order(b));
    if (!marks.length) continue;
    // The marks become focusable images; the SVG, hidden from assistive technology until now
    // (Chart.astro), becomes a short-named group around them, after the summary in reading
    // order. Everything else in the drawing (labels, axes) stays hidden: the marks say it all.
    svg.closest('.chart-svg')?.removeAttribute('aria-hidden');
    svg.setAttribute('role', 'group');
    // The words come from the page (Chart.astro's data-marks-label), in its language.
    svg.setAttribute('aria-label', (figure.dataset['marksLabel'] ?? '').replace('{n}', String(marks.length)));
    const hideAllBut = (parent: Element) => {
      for (const child of parent.children) {
        if (child.hasAttribute('data-mark')) continue;
        if (child.querySelector('[data-mark]')) hideAllBut(child);
        else child.setAttribute('aria-hidden', 'true');
      }
    };
    hideAllBut(svg);
    marks.forEach((m, i) => {
      m.setAttribute('tabindex', i === 0 ? '0' : '-1');
      m.setAttribute('role', 'img');
      m.setAttribute('aria-label', markLabel(m));
      m.addEventListener('focus', () => tip.show(m));
      m.addEventListener('blur', () => tip.hide());
      m.addEventListener('pointerenter', (e) => {
        if (e.pointerType === 'mouse') tip.show(m, { x: e.clientX, y: e.clientY });
      });
      m.addEventListener('pointermove', (e) => {
        if (e.pointerType === 'mouse') tip.show(m, { x: e.clientX, y: e.clientY });
      });
      m.addEventListener('pointerleave', (e) => {
        if (e.pointerType === 'mouse' && document.activeElement !== m) tip.hide();
      });
      // A tap focuses the mark (which opens the tip) before its click arrives, so the click must
      // know whether the tip was open before this tap began: only then does a tap close it.
      let openBeforeTap = false;
      m.addEventListener('pointerdown', () => {
        openBeforeTap = tip.current() === m;
      });
      m.addEventListener('click', (e) => {
        e.stopPropagation();
        if (e.pointerType !== 'mouse' && openBeforeTap) tip.hide();
        else tip.show(m);
        openBeforeTap = false;
      });
    });
    svg.addEventListener('keydown', (e) => {
      const visible = marks.filter((m) => !m.classList.contains('is-off'));
      const at = visible.indexOf(e.target as SVGElement);
      if (at < 0) return;
      let next = -1;
      if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = Math.min(visible.length - 1, at + 1);
      else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = Math.max(0, at - 1);
      else if (e.key === 'Home') next = 0;
      else if (e.key === 'End') next = visible.length - 1;
      else if (e.key === 'Escape') {
        tip.hide();
        return;
      } else return;
      e.preventDefault();
      const target = visible[next];
      if (!target) return;
      for (const m of marks) m.setAttribute('tabindex', m === target ? '0' : '-1');
      target.focus();
    });
  }
  document.addEventListener('click', (e) => {
    if (!figure.contains(e.target as Node)) tip.hide();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') tip.hide();
  });
}

export function enhanceFigure(figure: HTMLElement, client?: ChartClient): void {
  if (figure.dataset['enhanced'] === 'true') return;
  figure.dataset['enhanced'] = 'true';
  // A live region must exist before its first message, or screen readers ignore it.
  if (figure.querySelector('button[data-announce]')) addLiveRegion(figure);
  wireControls(figure, client);
  wireMarks(figure);
  client?.setup?.(figure);
}
