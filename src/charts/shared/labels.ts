/**
 * Greedy, deterministic label placement: each label tries a fixed list of positions around its
 * anchor and takes the first that stays inside the frame and clear of every label and obstacle
 * placed before it, and whose leader line crosses no other leader or label. Order of the input is
 * the priority. An optional `offLimits` test is kept where possible (a first pass honours it, a
 * second pass drops it), so a label prefers open ground but is never left unplaced because of it.
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
  /** True when its leader had to cross another leader or label to fit. */
  tangled?: boolean;
}

type Segment = { x1: number; y1: number; x2: number; y2: number };

const cross = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) => (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);

/** Whether two segments cross (touching at an end point does not count). */
export function segmentsCross(a: Segment, b: Segment): boolean {
  const d1 = cross(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1);
  const d2 = cross(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2);
  const d3 = cross(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1);
  const d4 = cross(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

/** Whether a segment passes through a box (Liang–Barsky clipping). */
export function segmentHitsBox(s: Segment, b: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const edges: [number, number][] = [
    [-dx, s.x1 - b.x],
    [dx, b.x + b.width - s.x1],
    [-dy, s.y1 - b.y],
    [dy, b.y + b.height - s.y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

export function placeLabels(
  requests: readonly LabelRequest[],
  opts: {
    size: number;
    bounds: Box;
    obstacles?: readonly (Box & { id?: string })[];
    weight?: 'normal' | 'bold';
    /** How many directions to try around an anchor: 8 (every 45°) or more for crowded charts. */
    directions?: number;
    /** True where label `id` should rather not sit (for example on another country's fill). */
    offLimits?: (box: Box, id: string) => boolean;
  },
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
    // Around the anchor in `directions` steps, nearest rings first; the label sits on the side
    // facing away from the anchor.
    const directions = opts.directions ?? 8;
    for (const d of [18, 30, 44, 60, 78, 96, 118]) {
      for (let step = 0; step < directions; step++) {
        const a = (step * 2 * Math.PI) / directions;
        const dx = Math.round(Math.cos(a) * d * 100) / 100;
        const dy = Math.round(-Math.sin(a) * d * 100) / 100;
        const anchor = Math.abs(dx) < d * 0.3 ? 'middle' : dx > 0 ? 'start' : 'end';
        far.push({ dx, dy, anchor, leader: true });
      }
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
    const clearOfLeaders = (l: PlacedLabel) =>
      !(l.leader && placed.some((p) => (p.leader && segmentsCross(p.leader, l.leader!)) || segmentHitsBox(l.leader!, p.box))) &&
      !placed.some((p) => p.leader && segmentHitsBox(p.leader, l.box));
    // Passes from the most to the least demanding: overlaps are never allowed; crossing leaders
    // and off-limits ground only when nothing else fits.
    const passes = [
      { leaders: true, offLimits: true },
      { leaders: true, offLimits: false },
      { leaders: false, offLimits: false },
    ];
    const fits = (l: PlacedLabel, pass: (typeof passes)[number]) =>
      inside(l.box, opts.bounds) &&
      !placed.some((p) => overlaps(p.box, l.box, 2)) &&
      !obstacles.some((o) => o.id !== r.id && overlaps(o, l.box, 1)) &&
      (!pass.leaders || clearOfLeaders(l)) &&
      !(pass.offLimits && opts.offLimits?.(l.box, r.id));
    const made = candidates.map(make);
    let chosen: PlacedLabel | undefined;
    for (const pass of passes) {
      chosen = made.find((l) => fits(l, pass));
      if (chosen) {
        if (!pass.leaders && !clearOfLeaders(chosen)) chosen.tangled = true;
        break;
      }
    }
    if (!chosen) chosen = { ...make(candidates[0]!), fitted: false };
    placed.push(chosen);
  }
  return placed;
}
