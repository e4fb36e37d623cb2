/**
 * The one tooltip of a figure: filled with textContent only, placed next to a mark and always
 * wholly inside the viewport. Browser-only.
 *
 * Placement: centred on the pointer (or the mark), above it when there is room, else below it
 * (flip); if neither side has room, on the side with more room, pushed back inside (shift).
 * Sideways it is shifted to stay inside. While it is open it follows the page's scrolling and
 * resizing (focusing a mark scrolls it into view after the focus event has placed the tip).
 */
import { tipOf } from './tip-text';

export interface Tip {
  show(mark: Element, at?: { x: number; y: number }): void;
  hide(): void;
  current(): Element | null;
}

/** Space kept between the tip and the viewport's edges, and between the tip and its anchor. */
const EDGE = 8;
const GAP = 12;

/** The part of the layout viewport a reader sees (pinch-zoom shrinks it), in client coordinates. */
function visibleArea(): { left: number; top: number; right: number; bottom: number } {
  const root = document.documentElement;
  const vv = window.visualViewport;
  const left = Math.max(0, vv?.offsetLeft ?? 0);
  const top = Math.max(0, vv?.offsetTop ?? 0);
  return {
    left,
    top,
    right: Math.min(root.clientWidth, left + (vv?.width ?? root.clientWidth)),
    bottom: Math.min(root.clientHeight, top + (vv?.height ?? root.clientHeight)),
  };
}

/**
 * Where the tip's top-left corner goes, in client coordinates, for a tip of size w × h anchored
 * at x (horizontal centre) between yTop and yBottom (the anchor's vertical extent). Pure.
 */
export function placeTip(
  w: number,
  h: number,
  anchor: { x: number; yTop: number; yBottom: number },
  view: { left: number; top: number; right: number; bottom: number },
): { left: number; top: number } {
  const minX = view.left + EDGE;
  const maxX = view.right - EDGE - w;
  const left = maxX < minX ? minX : Math.max(minX, Math.min(maxX, anchor.x - w / 2));
  const minY = view.top + EDGE;
  const maxY = view.bottom - EDGE - h;
  const above = anchor.yTop - GAP - h;
  const below = anchor.yBottom + GAP;
  let top: number;
  if (above >= minY && above <= maxY) top = above;
  else if (below >= minY && below <= maxY) top = below;
  else {
    // Neither side has room for the whole tip: take the roomier side and shift it inside.
    const roomAbove = anchor.yTop - view.top;
    const roomBelow = view.bottom - anchor.yBottom;
    top = roomAbove > roomBelow ? above : below;
    top = maxY < minY ? minY : Math.max(minY, Math.min(maxY, top));
  }
  return { left, top };
}

export function createTip(figure: HTMLElement): Tip | null {
  const tip = figure.querySelector<HTMLElement>('.chart-tip');
  const frame = figure.querySelector<HTMLElement>('.chart-frame');
  if (!tip || !frame) return null;
  const title = tip.querySelector('.chart-tip-title');
  const body = tip.querySelector('.chart-tip-body');
  let current: Element | null = null;
  /** The pointer's position relative to the mark's box, so the tip keeps to it when the page scrolls. */
  let offset: { dx: number; dy: number } | null = null;
  let frameRequest = 0;

  const place = () => {
    if (!current) return;
    const m = current.getBoundingClientRect();
    const view = visibleArea();
    // The part of the mark on screen: a tall mark partly scrolled away anchors on what is visible.
    const mTop = Math.max(m.top, view.top);
    const mBottom = Math.min(m.bottom, view.bottom);
    const anchor = offset
      ? { x: m.left + offset.dx, yTop: m.top + offset.dy, yBottom: m.top + offset.dy }
      : { x: m.left + m.width / 2, yTop: mTop, yBottom: Math.max(mTop, mBottom) };
    // Measure at the frame's left edge and keep that width: an absolutely placed box otherwise
    // narrows as it nears the right edge, wraps to more lines and grows past the bottom.
    tip.style.width = '';
    tip.style.left = '0px';
    tip.style.top = '0px';
    const box = tip.getBoundingClientRect();
    const w = Math.ceil(box.width);
    const h = Math.ceil(box.height);
    tip.style.width = `${w}px`;
    const at = placeTip(w, h, anchor, view);
    const f = frame.getBoundingClientRect();
    tip.style.left = `${Math.round(at.left - f.left)}px`;
    tip.style.top = `${Math.round(at.top - f.top)}px`;
  };
  const follow = () => {
    if (frameRequest) return;
    frameRequest = requestAnimationFrame(() => {
      frameRequest = 0;
      place();
    });
  };

  return {
    show(mark, at) {
      if (current !== mark) {
        const text = tipOf(mark);
        if (title) title.textContent = text.title;
        if (body) body.textContent = text.body;
      }
      if (!current) {
        window.addEventListener('scroll', follow, { passive: true, capture: true });
        window.addEventListener('resize', follow, { passive: true });
        window.visualViewport?.addEventListener('resize', follow, { passive: true });
        window.visualViewport?.addEventListener('scroll', follow, { passive: true });
      }
      current = mark;
      const m = mark.getBoundingClientRect();
      offset = at ? { dx: at.x - m.left, dy: at.y - m.top } : null;
      tip.hidden = false;
      place();
    },
    hide() {
      current = null;
      offset = null;
      tip.hidden = true;
      window.removeEventListener('scroll', follow, { capture: true });
      window.removeEventListener('resize', follow);
      window.visualViewport?.removeEventListener('resize', follow);
      window.visualViewport?.removeEventListener('scroll', follow);
    },
    current: () => current,
  };
}
