/** The one tooltip of a figure: filled with textContent only, placed next to a mark. Browser-only. */
export interface Tip {
  show(mark: Element, at?: { x: number; y: number }): void;
  hide(): void;
  current(): Element | null;
}

export function createTip(figure: HTMLElement): Tip | null {
  const tip = figure.querySelector<HTMLElement>('.chart-tip');
  const frame = figure.querySelector<HTMLElement>('.chart-frame');
  if (!tip || !frame) return null;
  const title = tip.querySelector('.chart-tip-title');
  const body = tip.querySelector('.chart-tip-body');
  let current: Element | null = null;
  return {
    show(mark, at) {
      current = mark;
      if (title) title.textContent = mark.getAttribute('data-tip-title') ?? '';
      if (body) body.textContent = mark.getAttribute('data-tip-body') ?? '';
      tip.hidden = false;
      const f = frame.getBoundingClientRect();
      const m = mark.getBoundingClientRect();
      const x = at ? at.x - f.left : m.left + m.width / 2 - f.left;
      const yTop = at ? at.y - f.top : m.top - f.top;
      const yBottom = at ? at.y - f.top : m.bottom - f.top;
      const w = tip.offsetWidth;
      const h = tip.offsetHeight;
      const left = Math.max(0, Math.min(f.width - w, x - w / 2));
      // Above the mark when there is room, else below it.
      const top = yTop - h - 12 >= -f.top + 4 && yTop - h - 12 >= -40 ? yTop - h - 12 : yBottom + 14;
      tip.style.left = `${Math.round(left)}px`;
      tip.style.top = `${Math.round(top)}px`;
    },
    hide() {
      current = null;
      tip.hidden = true;
    },
    current: () => current,
  };
}
