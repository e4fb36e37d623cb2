/**
 * Greedy, deterministic label placement: each label tries a fixed list of positions around its
 * anchor and takes the first that stays inside the frame and clear of every label and obstacle
 * placed before it. Order of the input is the priority.
 */
import { inside, overlaps, textWidth, type Box } from './text';

export interface LabelRequest {
  id: string;
  text: string;
  x: number;
  y: number;
  /** Try centred on the anchor first (for large areas). */
  centreFirst?: boolean;
  /** Distance from the anchor to the label for the near candidates. */
  gap?: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** Text position (baseline) and anchor. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
  /** A leader line from the anchor to the label, when the label sits away from it. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
  /** False when no candidate fitted and the first one was used anyway. */
  fitted: boolean;
}

export function placeLabels(
  requests: readonly LabelRequest[],
  opts: { size: number; bounds: Box; obstacles?: readonly (Box & { id?: string })[]; weight?: 'normal' | 'bold' },
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const obstacles = [...(opts.obstacles ?? [])];
  const h = opts.size * 1.15;
  const ascent = opts.size * 0.8;
  for (const r of requests) {
    const w = textWidth(r.text, opts.size, opts.weight);
    const g = r.gap ?? 5;
    type C = { dx: number; dy: number; anchor: PlacedLabel['anchor']; leader: boolean };
    const near: C[] = [
      { dx: g, dy: 0, anchor: 'start', leader: false },
      { dx: -g, dy: 0, anchor: 'end', leader: false },
      { dx: 0, dy: -g - h / 2, anchor: 'middle', leader: false },
      { dx: 0, dy: g + h / 2, anchor: 'middle', leader: false },
    ];
    const far: C[] = [];
    for (const d of [18, 30, 44, 60, 78, 96]) {
      far.push(
        { dx: d, dy: 0, anchor: 'start', leader: true },
        { dx: -d, dy: 0, anchor: 'end', leader: true },
        { dx: d * 0.7, dy: -d * 0.7, anchor: 'start', leader: true },
        { dx: -d * 0.7, dy: -d * 0.7, anchor: 'end', leader: true },
        { dx: d * 0.7, dy: d * 0.7, anchor: 'start', leader: true },
        { dx: -d * 0.7, dy: d * 0.7, anchor: 'end', leader: true },
        { dx: 0, dy: -d, anchor: 'middle', leader: true },
        { dx: 0, dy: d, anchor: 'middle', leader: true },
      );
    }
    const candidates: C[] = [...(r.centreFirst ? [{ dx: 0, dy: 0, anchor: 'middle' as const, leader: false }] : []), ...near, ...far];
    const make = (c: C): PlacedLabel => {
      const cx = r.x + c.dx;
      const cy = r.y + c.dy;
      const left = c.anchor === 'start' ? cx : c.anchor === 'end' ? cx - w : cx - w / 2;
      const box: Box = { x: left, y: cy - h / 2, width: w, height: h };
      const baseline = cy - h / 2 + ascent + (h - opts.size) / 2;
      const label: PlacedLabel = { id: r.id, text: r.text, x: cx, y: baseline, anchor: c.anchor, box, fitted: true };
      if (c.leader) {
        // From the anchor to the nearest edge of the label box.
        const ex = c.anchor === 'start' ? left - 2 : c.anchor === 'end' ? left + w + 2 : cx;
        const ey = c.anchor === 'middle' ? (c.dy < 0 ? cy + h / 2 : cy - h / 2) : cy;
        label.leader = { x1: r.x, y1: r.y, x2: ex, y2: ey };
      }
      return label;
    };
    let chosen: PlacedLabel | undefined;
    for (const c of candidates) {
      const l = make(c);
      if (!inside(l.box, opts.bounds)) continue;
      if (placed.some((p) => overlaps(p.box, l.box, 2))) continue;
      if (obstacles.some((o) => o.id !== r.id && overlaps(o, l.box, 1))) continue;
      chosen = l;
      break;
    }
    if (!chosen) chosen = { ...make(candidates[0]!), fitted: false };
    placed.push(chosen);
  }
  return placed;
}
