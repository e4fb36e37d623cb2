/**
 * partners-map label placement. A label sits on its own country when it fits there, else next to
 * its dot or arrow, else at the end of a short leader line that starts inside its country. It never
 * touches another partner's shape (read from the panel's raster), another label, a leader, or the
 * outline of a zoomed panel's area. Greedy and deterministic: the order of the requests is the
 * priority. Pure: no DOM.
 */
import { segmentHitsBox, segmentsCross } from '../shared/labels';
import { inside, overlaps, textWidth, type Box } from '../shared/text';
import { boxCover, cellsAround, depthAt, depthOf, extentOf, maxDepthOf, nearestField, segmentOnOthers, windowMin, type Cells, type Raster } from './partners-map.raster';

export interface MapLabelRequest {
  id: string;
  /** The partner's bit in the raster. */
  index: number;
  /** Ways to write the label (lines of text), best first. */
  variants: string[][];
  /** Shorter wordings, used only where none of `variants` fits. */
  fallback?: string[][];
  /** Anchor inside the country (or the dot, or the arrow). */
  x: number;
  y: number;
  kind: 'area' | 'point' | 'arrow';
  side?: 'west' | 'east';
  markBox: Box;
}

export interface MapLabel {
  id: string;
  /** The label as one line (for tests and text alternatives). */
  text: string;
  lines: string[];
  /** Position of the first baseline and the text anchor. */
  x: number;
  y: number;
  lineHeight: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
  /** From a point inside the country to the label. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
  /** False when no place kept every rule: then it is not drawn (tests on our data fail on it). */
  fitted: boolean;
  /** Its leader had to cross another partner's shape. */
  relaxed?: boolean;
  /** Written in its short fallback wording. */
  short?: boolean;
}

type Segment = { x1: number; y1: number; x2: number; y2: number };
/** Distances to where a leader may start, exact within `cells` (a leader's reach of the country). */
type Field = { dist: Float32Array; src: Int32Array; cells: Cells };

const caches = new WeakMap<
  Raster,
  { memo: Map<string, MapLabel[]>; fields: Map<string, Field>; spots: Map<string, { spots: number[]; at: Int32Array }> }
>();

/** staticFit's answers for a label's leader places, kept per place. */
const UNKNOWN = 0;
const PASSES = 1;
const FAILS = 2;

/** A leader longer than this makes a label worth another try. */
const LONG_LEADER = 30;
/** The longest leader line, in SVG units. */
const MAX_LEADER = 110;

export function placeMapLabels(
  requests: readonly MapLabelRequest[],
  opts: { size: number; raster: Raster; bounds: Box; frames: readonly Box[]; blocks?: readonly Box[] },
): MapLabel[] {
  const { size, raster, bounds } = opts;
  const lh = Math.round(size * 1.15 * 10) / 10;
  const ascent = size * 0.8;
  const frameEdges: Segment[] = opts.frames.flatMap((f) => [
    { x1: f.x, y1: f.y, x2: f.x + f.width, y2: f.y },
    { x1: f.x + f.width, y1: f.y, x2: f.x + f.width, y2: f.y + f.height },
    { x1: f.x, y1: f.y + f.height, x2: f.x + f.width, y2: f.y + f.height },
    { x1: f.x, y1: f.y, x2: f.x, y2: f.y + f.height },
  ]);

  // Big countries first (they take their own ground), then small ones, dots and arrows.
  const maxDepth = (r: MapLabelRequest) => (r.kind === 'area' ? maxDepthOf(raster, r.index) : -1);
  const depths = new Map(requests.map((r) => [r.id, maxDepth(r)]));
  let order = [...requests].sort((a, b) => depths.get(b.id)! - depths.get(a.id)! || a.x - b.x);
  let placed: MapLabel[] = [];
  // Candidates depend only on the raster and the text: both views of a panel share them.
  const shared = caches.get(raster) ?? { memo: new Map(), fields: new Map(), spots: new Map() };
  caches.set(raster, shared);
  const { memo, fields, spots: spotsMemo } = shared;
  const startsMemo = new Map<string, [number, number][]>();
  const staticVerdicts = new Map<string, Uint8Array>();
  const widths = new Map<string, number>();
  let best: MapLabel[] | undefined;
  // Greedy, then a few repairs: labels that found no clean place go first in the next round.
  const leaderLength = (l: MapLabel) => (l.leader ? Math.hypot(l.leader.x2 - l.leader.x1, l.leader.y2 - l.leader.y1) : 0);
  const long = (l: MapLabel) => leaderLength(l) > LONG_LEADER;
  const cost = (ls: MapLabel[]) => ls.reduce((n, l) => n + (l.fitted ? (l.relaxed ? 4 : 0) + (l.short ? 8 : 0) + leaderLength(l) / 30 : 100), 0);
  for (let round = 0; round < 8; round++) {
    placed = [];
    const unplaced: MapLabel[] = [];
    for (const r of order) {
      let chosen: MapLabel | undefined;
      // Preferred wordings, cleanly, then with a leader over another shape; then the short wording.
      const tries: [string[][], boolean, boolean][] = [
        [r.variants, true, false],
        [r.variants, false, false],
        [r.fallback ?? [], true, true],
        [r.fallback ?? [], false, true],
      ];
      for (const [variants, strict, short] of tries) {
        for (const lines of variants) {
          chosen = firstFit(r, lines, strict);
          if (chosen) {
            chosen = { ...chosen, ...(strict ? {} : { relaxed: true }), ...(short ? { short: true } : {}) };
            break;
          }
        }
        if (chosen) break;
      }
      // A label with no clean place is not drawn (the table and the tooltip name it), so it keeps no one else off.
      if (chosen) placed.push(chosen);
      else unplaced.push({ ...(ownCandidates(r, r.variants[0]!)[0] ?? make(r, r.variants[0]!, r.x, r.y, 'middle')), fitted: false });
    }
    placed.push(...unplaced);
    if (!best || cost(placed) < cost(best)) best = placed;
    if (placed.every((l) => l.fitted && !l.relaxed && !l.short && !long(l))) break;
    const failed = new Set(placed.filter((l) => !l.fitted || l.relaxed || l.short || long(l)).map((l) => l.id));
    order = [...order.filter((r) => failed.has(r.id)), ...order.filter((r) => !failed.has(r.id))];
  }
  const result = best!;
  // Back in the request order, so output does not depend on the priority.
  return requests.map((r) => result.find((l) => l.id === r.id)!);

  /** The widest line's width: measured once per wording, as every candidate place of a label asks again. */
  function widthOf(lines: readonly string[]): number {
    const key = lines.join('\n');
    let w = widths.get(key);
    if (w === undefined) widths.set(key, (w = Math.max(...lines.map((t) => textWidth(t, size)))));
    return w;
  }

  function make(r: MapLabelRequest, lines: string[], cx: number, cy: number, anchor: MapLabel['anchor'], w = widthOf(lines), text = lines.join(' ')): MapLabel {
    const h = lh * lines.length;
    const left = anchor === 'start' ? cx : anchor === 'end' ? cx - w : cx - w / 2;
    const box: Box = { x: left, y: cy - h / 2, width: w, height: h };
    const baseline = cy - h / 2 + ascent + (lh - size) / 2;
    const label: MapLabel = { id: r.id, text, lines, x: cx, y: baseline, lineHeight: lh, anchor, box, fitted: true };
    return label;
  }

  /**
   * What `fits` asks of a place that no label placed so far changes: inside the bounds, off the
   * blocks, off other partners' shapes and the frames' edges. Leader places are tried again in every
   * round and wording try, so each one's answer is kept for this call (blocks differ between calls).
   */
  function staticFit(box: Box, leader: Segment | undefined, r: MapLabelRequest): boolean {
    if (!inside(box, bounds)) return false;
    if (opts.blocks?.some((b) => overlaps(b, box, 1) || (leader && segmentHitsBox(leader, b)))) return false;
    if (boxCover(raster, box, r.index, 1.5).others) return false;
    return !frameEdges.some((e) => segmentHitsBox(e, box));
  }

  /** Distance from every pixel to where a leader may start: well inside the country (2 px or more from its edge, less for tiny ones), or the dot or arrow. */
  function fieldOf(r: MapLabelRequest): Field {
    const known = fields.get(r.id);
    if (known) return known;
    let field: Field;
    // A leader starts on its own country's pixels (all inside its mark's box) and is at most MAX_LEADER long.
    const reach = MAX_LEADER + 2;
    if (r.kind === 'area') {
      const d = depthOf(raster, r.index);
      const limit = Math.min(2.4, (depths.get(r.id) ?? 0) * 0.6);
      field = nearestField(raster, (px, py) => depthAt(d, px, py) >= limit, cellsAround(raster, r.markBox, 2), reach);
    } else {
      const cx = r.x - raster.box.x;
      const cy = r.y - raster.box.y;
      const dot = { x: r.x - 2, y: r.y - 2, width: 4, height: 4 };
      field = nearestField(raster, (px, py) => Math.abs(px + 0.5 - cx) <= 1 && Math.abs(py + 0.5 - cy) <= 1, cellsAround(raster, dot, 1), reach);
    }
    fields.set(r.id, field);
    return field;
  }

  /** Places on the country itself (areas) or right beside the dot or arrow: no leader. */
  function ownCandidates(r: MapLabelRequest, lines: string[]): MapLabel[] {
    const key = `${r.id}|${lines.join('\n')}`;
    const known = memo.get(key);
    if (known) return known;
    const out: MapLabel[] = [];
    memo.set(key, out);
    const h = lh * lines.length;
    if (r.kind === 'area') {
      // On the country: the anchor first, then nearby centres inside it.
      const found: { at: [number, number]; dist: number }[] = [];
      const d = depthOf(raster, r.index);
      // Its pixels lie in its mark's box: only that part of the panel's grid (even rows and columns, as ever) is read.
      const m = r.markBox;
      const even = (v: number) => Math.max(0, 2 * Math.floor(v / 2));
      const [x0, y0] = [even(m.x - raster.box.x - 2), even(m.y - raster.box.y - 2)];
      const [x1, y1] = [Math.min(raster.w, m.x + m.width - raster.box.x + 2), Math.min(raster.h, m.y + m.height - raster.box.y + 2)];
      for (let py = y0; py < y1; py += 2)
        for (let px = x0; px < x1; px += 2)
          if (depthAt(d, px, py) >= Math.min(h / 2, 4)) {
            const at: [number, number] = [raster.box.x + px + 0.5, raster.box.y + py + 0.5];
            found.push({ at, dist: Math.hypot(at[0] - r.x, at[1] - r.y) });
          }
      const cells = found.sort((a, b) => a.dist - b.dist).map((c) => c.at);
      for (const [x, y] of [[r.x, r.y] as [number, number], ...cells.slice(0, 800)]) {
        const l = make(r, lines, x, y, 'middle');
        // Widths are estimated for the widest common font: the text's own share is measured on
        // its likely width (a little narrower), its distance from other partners on the estimate.
        const likely = { ...l.box, x: l.box.x + l.box.width * 0.06, width: l.box.width * 0.88 };
        if (boxCover(raster, likely, r.index, 0).own >= 0.8 && !boxCover(raster, l.box, r.index, 1).others) out.push(l);
      }
      return out;
    }
    const m = r.markBox;
    const g = 4;
    const beside: MapLabel[] = [
      make(r, lines, m.x + m.width + g, r.y, 'start'),
      make(r, lines, m.x - g, r.y, 'end'),
      make(r, lines, r.x, m.y - g - h / 2, 'middle'),
      make(r, lines, r.x, m.y + m.height + g + h / 2, 'middle'),
      make(r, lines, m.x + m.width + g, m.y - h / 2, 'start'),
      make(r, lines, m.x + m.width + g, m.y + m.height + h / 2, 'start'),
      make(r, lines, m.x - g, m.y - h / 2, 'end'),
      make(r, lines, m.x - g, m.y + m.height + h / 2, 'end'),
    ];
    // An arrow's label reads from the edge inwards.
    out.push(...(r.kind === 'arrow' && r.side === 'east' ? beside.filter((_, i) => i !== 0) : beside));
    return out;
  }

  /** Places off the country, nearest first, each with a leader from the nearest point inside it; made one by one as they are tried. */
  function* leaderCandidates(r: MapLabelRequest, lines: string[]): Generator<MapLabel> {
    const key = `${r.id}|${lines.join('\n')}|leader`;
    const w = widthOf(lines);
    const h = lh * lines.length;
    const { src } = fieldOf(r);
    let found = spotsMemo.get(key);
    if (!found) {
      const field = fieldOf(r);
      const bw = Math.ceil(w);
      const bh = Math.ceil(h);
      const win = windowMin(field, bw + 1, bh + 1);
      const { starts } = win;
      const sw = starts.x1 - starts.x0;
      // Each place: its top-left cell on the raster, and where in the window-minimum arrays it is.
      const spots: number[] = [];
      const inWin: number[] = [];
      // Every other cell of the bounds, from the first whose window can reach the field's cells.
      const from = (start: number, first: number) => start + 2 * Math.max(0, Math.ceil((first - start) / 2));
      const [pxStart, pyStart] = [Math.ceil(bounds.x - raster.box.x), Math.ceil(bounds.y - raster.box.y)];
      for (let py = from(pyStart, starts.y0); py < starts.y1 && py + bh <= bounds.y + bounds.height - raster.box.y; py += 2)
        for (let px = from(pxStart, starts.x0); px < starts.x1 && px + bw <= bounds.x + bounds.width - raster.box.x; px += 2) {
          const j = (py - starts.y0) * sw + px - starts.x0;
          if (win.min[j]! <= MAX_LEADER && src[win.at[j]!]! >= 0) {
            spots.push(py * raster.w + px);
            inWin.push(j);
          }
        }
      // Nearest first: a label further out reads less surely as its country's.
      const order = spots.map((_, k) => k).sort((a, b) => win.min[inWin[a]!]! - win.min[inWin[b]!]! || spots[a]! - spots[b]!);
      found = { spots: order.map((k) => spots[k]!), at: Int32Array.from(order, (k) => win.at[inWin[k]!]!) };
      spotsMemo.set(key, found);
    }
    const verdicts = staticVerdicts.get(key) ?? staticVerdicts.set(key, new Uint8Array(found.spots.length)).get(key)!;
    const text = lines.join(' ');
    for (let k = 0; k < found.spots.length; k++) {
      if (verdicts[k] === FAILS) continue;
      const i = found.spots[k]!;
      const s = src[found.at[k]!]!;
      const sx = raster.box.x + (s % raster.w) + 0.5;
      const sy = raster.box.y + Math.floor(s / raster.w) + 0.5;
      const x0 = raster.box.x + (i % raster.w);
      const y0 = raster.box.y + Math.floor(i / raster.w);
      const l = make(r, lines, x0 + w / 2, y0 + h / 2, 'middle', w, text);
      const ex = Math.max(l.box.x - 2, Math.min(l.box.x + w + 2, sx));
      const ey = Math.max(l.box.y - 2, Math.min(l.box.y + h + 2, sy));
      l.leader = { x1: sx, y1: sy, x2: ex, y2: ey };
      if (verdicts[k] === UNKNOWN) verdicts[k] = staticFit(l.box, l.leader, r) ? PASSES : FAILS;
      if (verdicts[k] === FAILS) continue;
      yield l;
    }
  }

  function firstFit(r: MapLabelRequest, lines: string[], strict: boolean): MapLabel | undefined {
    const own = ownCandidates(r, lines).find((l) => fits(l, r, strict));
    if (own) return own;
    // leaderCandidates yields only places that pass staticFit.
    for (const l of leaderCandidates(r, lines)) if (fits(l, r, strict, true)) return l;
    return undefined;
  }

  /** A coarse set of points well inside a country: other places a leader may start from. */
  function startsOf(r: MapLabelRequest): [number, number][] {
    const key = `${r.id}|starts`;
    const known = startsMemo.get(key);
    if (known) return known;
    const d = depthOf(raster, r.index);
    const limit = Math.min(2.4, (depths.get(r.id) ?? 0) * 0.6);
    // Its pixels lie in its extent: only there is the grid (from the panel's corner, as ever) read.
    const e = extentOf(raster, r.index);
    let n = 0;
    for (let py = e.y0; py < e.y1; py++) for (let px = e.x0; px < e.x1; px++) if (limit > 0 && depthAt(d, px, py) >= limit) n++;
    const step = Math.max(2, Math.round(Math.sqrt(n / 80)));
    const onGrid = (v: number) => step * Math.ceil(v / step);
    const out: [number, number][] = [];
    for (let py = onGrid(e.y0); py < e.y1; py += step)
      for (let px = onGrid(e.x0); px < e.x1; px += step) if (limit > 0 && depthAt(d, px, py) >= limit) out.push([raster.box.x + px + 0.5, raster.box.y + py + 0.5]);
    startsMemo.set(key, out);
    return out;
  }

  function leaderClean(s: Segment, r: MapLabelRequest, strict: boolean): boolean {
    if (placed.some((p) => segmentHitsBox(s, p.box) || (p.leader && segmentsCross(p.leader, s)))) return false;
    if (strict && segmentOnOthers(raster, s, r.index)) return false;
    if (strict && frameEdges.some((e) => segmentsCross(e, s))) return false;
    return true;
  }

  /** `placeFits`: staticFit's answer, where the caller has it. */
  function fits(l: MapLabel, r: MapLabelRequest, strict: boolean, placeFits = staticFit(l.box, l.leader, r)): boolean {
    if (!placeFits) return false;
    if (placed.some((p) => overlaps(p.box, l.box, 2))) return false;
    if (placed.some((p) => p.leader && segmentHitsBox(p.leader, l.box))) return false;
    if (!l.leader || leaderClean(l.leader, r, strict)) return true;
    if (r.kind !== 'area') return false;
    // The nearest start crosses a neighbour: start from another point inside the country.
    const b = l.box;
    const reroutes = startsOf(r)
      .map(([sx, sy]) => {
        const ex = Math.max(b.x - 2, Math.min(b.x + b.width + 2, sx));
        const ey = Math.max(b.y - 2, Math.min(b.y + b.height + 2, sy));
        return { x1: sx, y1: sy, x2: ex, y2: ey };
      })
      .filter((s) => Math.hypot(s.x2 - s.x1, s.y2 - s.y1) <= MAX_LEADER)
      .sort((a, c) => Math.hypot(a.x2 - a.x1, a.y2 - a.y1) - Math.hypot(c.x2 - c.x1, c.y2 - c.y1));
    const clean = reroutes.find((s) => leaderClean(s, r, strict));
    if (!clean) return false;
    l.leader = clean;
    return true;
  }
}
