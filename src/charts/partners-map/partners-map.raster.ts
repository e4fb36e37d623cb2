/**
 * partners-map: a coarse picture of which partner covers each pixel of a map panel, so that labels
 * can be placed on their own country and kept off every other partner's shape. Built from the
 * projected outlines by scanline fill (even-odd), one bit per partner. Pure: no DOM.
 */
import type { Box } from '../shared/text';

export interface Raster {
  /** The panel's box in SVG coordinates; cell (0, 0) is its top-left pixel. */
  box: Box;
  w: number;
  h: number;
  /** One bit per partner index, per pixel. */
  bits: Uint32Array;
  /** Each partner's depth (depthOf), once asked for. */
  depth: Map<number, Depth>;
  /** The cells each partner's pixels lie in: the work on one partner stays inside them. */
  extent: Map<number, Cells>;
}

/** A rectangle of raster cells: columns x0 ≤ px < x1, rows y0 ≤ py < y1. */
export interface Cells {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const NO_CELLS: Cells = { x0: 0, y0: 0, x1: 0, y1: 0 };

/** Grows a partner's extent to hold the cell (px, py). */
function extend(r: Raster, index: number, px: number, py: number, px1 = px + 1): void {
  const e = r.extent.get(index);
  if (!e) r.extent.set(index, { x0: px, y0: py, x1: px1, y1: py + 1 });
  else {
    e.x0 = Math.min(e.x0, px);
    e.y0 = Math.min(e.y0, py);
    e.x1 = Math.max(e.x1, px1);
    e.y1 = Math.max(e.y1, py + 1);
  }
}

/** The cells a partner's pixels lie in (none when it has no pixel here). */
export const extentOf = (r: Raster, index: number): Cells => r.extent.get(index) ?? NO_CELLS;

type Ring = [number, number][];

/** A geoPath context that collects the rings of a projected outline. */
export function ringCollector(): { rings: Ring[]; context: { moveTo(x: number, y: number): void; lineTo(x: number, y: number): void; closePath(): void; arc(): void; beginPath(): void } } {
  const rings: Ring[] = [];
  let ring: Ring | null = null;
  return {
    rings,
    context: {
      beginPath() {},
      moveTo(x, y) {
        ring = [[x, y]];
        rings.push(ring);
      },
      lineTo(x, y) {
        ring?.push([x, y]);
      },
      closePath() {
        if (ring && ring.length) ring.push(ring[0]!);
        ring = null;
      },
      arc() {},
    },
  };
}

export function emptyRaster(box: Box): Raster {
  const w = Math.ceil(box.width);
  const h = Math.ceil(box.height);
  return { box, w, h, bits: new Uint32Array(w * h), depth: new Map(), extent: new Map() };
}

/** Marks every pixel whose centre lies inside the rings (even-odd) with the partner's bit. */
export function fillRings(r: Raster, index: number, rings: readonly Ring[]): void {
  const bit = 1 << index;
  for (let py = 0; py < r.h; py++) {
    const y = r.box.y + py + 0.5;
    const xs: number[] = [];
    for (const ring of rings)
      for (let i = 1; i < ring.length; i++) {
        const [x1, y1] = ring[i - 1]!;
        const [x2, y2] = ring[i]!;
        if (y1 <= y === y2 <= y) continue;
        xs.push(x1 + ((y - y1) / (y2 - y1)) * (x2 - x1));
      }
    xs.sort((a, b) => a - b);
    for (let i = 0; i + 1 < xs.length; i += 2) {
      const from = Math.max(0, Math.ceil(xs[i]! - r.box.x - 0.5));
      const to = Math.min(r.w - 1, Math.floor(xs[i + 1]! - r.box.x - 0.5));
      if (from > to) continue;
      for (let px = from; px <= to; px++) r.bits[py * r.w + px]! |= bit;
      extend(r, index, from, py, to + 1);
    }
  }
}

/** Marks a disc (a point partner's dot) with the partner's bit. */
export function fillDisc(r: Raster, index: number, cx: number, cy: number, radius: number): void {
  const bit = 1 << index;
  for (let py = Math.max(0, Math.floor(cy - radius - r.box.y)); py < Math.min(r.h, Math.ceil(cy + radius - r.box.y)); py++)
    for (let px = Math.max(0, Math.floor(cx - radius - r.box.x)); px < Math.min(r.w, Math.ceil(cx + radius - r.box.x)); px++) {
      const dx = r.box.x + px + 0.5 - cx;
      const dy = r.box.y + py + 0.5 - cy;
      if (dx * dx + dy * dy <= radius * radius) {
        r.bits[py * r.w + px]! |= bit;
        extend(r, index, px, py);
      }
    }
}

/** The bits at a point in SVG coordinates (0 outside the panel). */
export function bitsAt(r: Raster, x: number, y: number): number {
  const px = Math.floor(x - r.box.x);
  const py = Math.floor(y - r.box.y);
  if (px < 0 || py < 0 || px >= r.w || py >= r.h) return 0;
  return r.bits[py * r.w + px]!;
}

const popcount = (v: number) => {
  let n = 0;
  for (let x = v; x; x &= x - 1) n++;
  return n;
};

/** Summed-area table of a per-pixel count over some cells (the count is 0 outside them), for O(1) sums over boxes. */
interface SumTable {
  cells: Cells;
  sums: Int32Array;
}

function summed(r: Raster, cells: Cells, count: (v: number) => number): SumTable {
  const w = cells.x1 - cells.x0;
  const h = cells.y1 - cells.y0;
  const t = new Int32Array((w + 1) * (h + 1));
  for (let y = 0; y < h; y++) {
    let row = 0;
    const from = (cells.y0 + y) * r.w + cells.x0;
    for (let x = 0; x < w; x++) {
      row += count(r.bits[from + x]!);
      t[(y + 1) * (w + 1) + x + 1] = t[y * (w + 1) + x + 1]! + row;
    }
  }
  return { cells, sums: t };
}

const tables = new WeakMap<Raster, Map<number, SumTable>>();
function table(r: Raster, index: number): SumTable {
  const m = tables.get(r) ?? new Map<number, SumTable>();
  tables.set(r, m);
  let t = m.get(index);
  if (!t) {
    const bit = 1 << index;
    t = index < 0 ? summed(r, { x0: 0, y0: 0, x1: r.w, y1: r.h }, popcount) : summed(r, { ...extentOf(r, index) }, (v) => (v & bit ? 1 : 0));
    m.set(index, t);
  }
  return t;
}

function sumIn(t: SumTable, x0: number, y0: number, x1: number, y1: number): number {
  const { cells } = t;
  const cx0 = Math.max(cells.x0, Math.min(cells.x1, x0)) - cells.x0;
  const cx1 = Math.max(cells.x0, Math.min(cells.x1, x1)) - cells.x0;
  const cy0 = Math.max(cells.y0, Math.min(cells.y1, y0)) - cells.y0;
  const cy1 = Math.max(cells.y0, Math.min(cells.y1, y1)) - cells.y0;
  if (cx1 <= cx0 || cy1 <= cy0) return 0;
  const W = cells.x1 - cells.x0 + 1;
  const s = t.sums;
  return s[cy1 * W + cx1]! - s[cy0 * W + cx1]! - s[cy1 * W + cx0]! + s[cy0 * W + cx0]!;
}

/** How many pixels of a box lie on partners other than `index`. */
export function othersIn(r: Raster, b: Box, index: number): number {
  const x0 = Math.floor(b.x - r.box.x);
  const x1 = Math.ceil(b.x + b.width - r.box.x);
  const y0 = Math.floor(b.y - r.box.y);
  const y1 = Math.ceil(b.y + b.height - r.box.y);
  return sumIn(table(r, -1), x0, y0, x1, y1) - sumIn(table(r, index), x0, y0, x1, y1);
}

/** How a box sits on the raster: the share of its pixels on `index`, and whether any pixel within `margin` of it is on another partner. */
export function boxCover(r: Raster, b: Box, index: number, margin: number): { own: number; others: boolean } {
  const own = table(r, index);
  const all = table(r, -1);
  const x0 = Math.floor(b.x - r.box.x);
  const x1 = Math.ceil(b.x + b.width - r.box.x);
  const y0 = Math.floor(b.y - r.box.y);
  const y1 = Math.ceil(b.y + b.height - r.box.y);
  const m = Math.ceil(margin);
  const n = Math.max(1, (x1 - x0) * (y1 - y0));
  const ownIn = sumIn(own, x0, y0, x1, y1);
  const othersNear = sumIn(all, x0 - m, y0 - m, x1 + m, y1 + m) - sumIn(own, x0 - m, y0 - m, x1 + m, y1 + m);
  return { own: ownIn / n, others: othersNear > 0 };
}

/** Whether a segment passes over another partner than `index` (sampled every pixel; its first 3 px, inside its own dot or country, are not). */
export function segmentOnOthers(r: Raster, s: { x1: number; y1: number; x2: number; y2: number }, index: number): boolean {
  const bit = 1 << index;
  const len = Math.hypot(s.x2 - s.x1, s.y2 - s.y1);
  const steps = Math.max(1, Math.ceil(len));
  for (let i = Math.min(steps, 3); i <= steps; i++) {
    const t = i / steps;
    if (bitsAt(r, s.x1 + (s.x2 - s.x1) * t, s.y1 + (s.y2 - s.y1) * t) & ~bit) return true;
  }
  return false;
}

/**
 * Distance (px, chamfer) from each pixel of a partner to the nearest pixel outside it, over the
 * partner's extent (every pixel outside it is 0): a small country's depth is a small array.
 */
export interface Depth {
  cells: Cells;
  values: Float32Array;
}

/** A partner's depth at a pixel (0 outside its extent). */
export function depthAt(d: Depth, px: number, py: number): number {
  const { x0, y0, x1, y1 } = d.cells;
  return px < x0 || py < y0 || px >= x1 || py >= y1 ? 0 : d.values[(py - y0) * (x1 - x0) + px - x0]!;
}

/** Chamfer distance from each pixel of a partner to the nearest pixel outside it (0 outside). */
export function depthOf(r: Raster, index: number): Depth {
  const cached = r.depth.get(index);
  if (cached) return cached;
  const bit = 1 << index;
  // Outside its extent every pixel is 0, and the nearest one outside the partner is never further than the extent's edge.
  // A copy: the extent grows if the partner gets more pixels (an arrow) after this is kept.
  const cells = { ...extentOf(r, index) };
  const { x0, y0 } = cells;
  const w = cells.x1 - x0;
  const h = cells.y1 - y0;
  const d = new Float32Array(w * h);
  const INF = 1e9;
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) d[y * w + x] = r.bits[(y0 + y) * r.w + x0 + x]! & bit ? INF : 0;
  const at = (x: number, y: number) => (x < 0 || y < 0 || x >= w || y >= h ? 0 : d[y * w + x]!);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      if (!d[i]) continue;
      d[i] = Math.min(d[i]!, at(x - 1, y) + 1, at(x, y - 1) + 1, at(x - 1, y - 1) + 1.4, at(x + 1, y - 1) + 1.4);
    }
  for (let y = h - 1; y >= 0; y--)
    for (let x = w - 1; x >= 0; x--) {
      const i = y * w + x;
      if (!d[i]) continue;
      d[i] = Math.min(d[i]!, at(x + 1, y) + 1, at(x, y + 1) + 1, at(x + 1, y + 1) + 1.4, at(x - 1, y + 1) + 1.4);
    }
  const depth = { cells, values: d };
  r.depth.set(index, depth);
  return depth;
}

const maxDepths = new WeakMap<Depth, number>();
/** The depth of a partner's deepest pixel (0 when it has none in the panel). */
export function maxDepthOf(r: Raster, index: number): number {
  const d = depthOf(r, index);
  let max = maxDepths.get(d);
  if (max === undefined) {
    max = 0;
    for (const v of d.values) if (v > max) max = v;
    maxDepths.set(d, max);
  }
  return max;
}

/** A deep pixel inside a partner (near its pole of inaccessibility): of the pixels at least 85 % as deep as the deepest, the one nearest `near`. */
export function deepestPoint(r: Raster, index: number, near: [number, number]): { x: number; y: number; depth: number } | null {
  const d = depthOf(r, index);
  const max = maxDepthOf(r, index);
  if (!max) return null;
  let best: { x: number; y: number; depth: number; dist: number } | null = null;
  const e = extentOf(r, index);
  for (let py = e.y0; py < e.y1; py++)
    for (let px = e.x0; px < e.x1; px++) {
      const v = depthAt(d, px, py);
      if (v < max * 0.85) continue;
      const x = r.box.x + px + 0.5;
      const y = r.box.y + py + 0.5;
      const dist = Math.hypot(x - near[0], y - near[1]);
      if (!best || dist < best.dist) best = { x, y, depth: v, dist };
    }
  return best ? { x: best.x, y: best.y, depth: best.depth } : null;
}

/** The cells of a box in SVG coordinates, grown by `pad` cells on every side and kept on the raster. */
export function cellsAround(r: Raster, b: Box, pad: number): Cells {
  return {
    x0: Math.max(0, Math.floor(b.x - r.box.x) - pad),
    y0: Math.max(0, Math.floor(b.y - r.box.y) - pad),
    x1: Math.min(r.w, Math.ceil(b.x + b.width - r.box.x) + pad),
    y1: Math.min(r.h, Math.ceil(b.y + b.height - r.box.y) + pad),
  };
}

/**
 * Distance (chamfer, px) from the cells near some sources to the nearest of them, and which source
 * that is (its index on the raster). Sources: the cells of `within` that `isSource` accepts (a
 * country's interior, a dot). The field covers `within` grown by `reach` cells (a leader's length):
 * beyond that nothing is measured. A chamfer path between two cells stays in their bounding box, so
 * the two passes over that rectangle alone give the distances the whole raster would, and a field
 * the size of the rectangle spares a large panel's worth of memory for every label that needs one.
 * `dist` and `src` are indexed in `cells`: (py - cells.y0) * width + px - cells.x0.
 */
export function nearestField(
  r: Raster,
  isSource: (px: number, py: number) => boolean,
  within: Cells,
  reach: number,
): { dist: Float32Array; src: Int32Array; cells: Cells } {
  const pad = Math.ceil(reach) + 1;
  const cells = { x0: Math.max(0, within.x0 - pad), y0: Math.max(0, within.y0 - pad), x1: Math.min(r.w, within.x1 + pad), y1: Math.min(r.h, within.y1 + pad) };
  const w = cells.x1 - cells.x0;
  const h = cells.y1 - cells.y0;
  const dist = new Float32Array(w * h).fill(1e9);
  const src = new Int32Array(w * h).fill(-1);
  for (let py = within.y0; py < within.y1; py++)
    for (let px = within.x0; px < within.x1; px++)
      if (isSource(px, py)) {
        const i = (py - cells.y0) * w + px - cells.x0;
        dist[i] = 0;
        src[i] = py * r.w + px;
      }
  const relax = (i: number, j: number, cost: number) => {
    const v = dist[j]! + cost;
    if (v < dist[i]!) {
      dist[i] = v;
      src[i] = src[j]!;
    }
  };
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      if (x > 0) relax(i, i - 1, 1);
      if (y > 0) {
        relax(i, i - w, 1);
        if (x > 0) relax(i, i - w - 1, 1.414);
        if (x < w - 1) relax(i, i - w + 1, 1.414);
      }
    }
  for (let y = h - 1; y >= 0; y--)
    for (let x = w - 1; x >= 0; x--) {
      const i = y * w + x;
      if (x < w - 1) relax(i, i + 1, 1);
      if (y < h - 1) {
        relax(i, i + w, 1);
        if (x < w - 1) relax(i, i + w + 1, 1.414);
        if (x > 0) relax(i, i + w - 1, 1.414);
      }
    }
  return { dist, src, cells };
}

/**
 * The minimum of a field's `dist` over every `bw` × `bh` window, with the cell where it occurs
 * (indexed in the field's cells): two passes of a monotonic queue, O(cells). Only the field's
 * cells count; the windows are those whose top-left corner (`starts`, from a window's size before
 * the field to its end) lets them reach into it. `min` and `at` are indexed in `starts`.
 */
export function windowMin(field: { dist: Float32Array; cells: Cells }, bw: number, bh: number): { min: Float32Array; at: Int32Array; starts: Cells } {
  const { dist, cells } = field;
  const fw = cells.x1 - cells.x0;
  const starts = { x0: Math.max(0, cells.x0 - bw + 1), y0: Math.max(0, cells.y0 - bh + 1), x1: cells.x1, y1: cells.y1 };
  const sw = starts.x1 - starts.x0;
  const sh = starts.y1 - starts.y0;
  const fh = cells.y1 - cells.y0;
  // Row pass: for each row of the field, the minimum over [x, x + bw) of each start column x.
  const rowMin = new Float32Array(sw * fh).fill(1e9);
  const rowAt = new Int32Array(sw * fh).fill(-1);
  const q = new Int32Array(Math.max(sw, sh));
  for (let y = 0; y < fh; y++) {
    let head = 0;
    let tail = 0;
    // Process from the right so the window's start is x (columns in raster cells).
    for (let x = starts.x1 - 1; x >= starts.x0; x--) {
      if (x >= cells.x0) {
        const v = dist[y * fw + x - cells.x0]!;
        while (tail > head && dist[y * fw + q[tail - 1]! - cells.x0]! >= v) tail--;
        q[tail++] = x;
      }
      while (tail > head && q[head]! >= x + bw) head++;
      if (tail === head) continue;
      const j = y * sw + x - starts.x0;
      rowMin[j] = dist[y * fw + q[head]! - cells.x0]!;
      rowAt[j] = y * fw + q[head]! - cells.x0;
    }
  }
  const min = new Float32Array(sw * sh).fill(1e9);
  const at = new Int32Array(sw * sh).fill(-1);
  for (let x = 0; x < sw; x++) {
    let head = 0;
    let tail = 0;
    for (let y = starts.y1 - 1; y >= starts.y0; y--) {
      if (y >= cells.y0) {
        const v = rowMin[(y - cells.y0) * sw + x]!;
        while (tail > head && rowMin[(q[tail - 1]! - cells.y0) * sw + x]! >= v) tail--;
        q[tail++] = y;
      }
      while (tail > head && q[head]! >= y + bh) head++;
      if (tail === head) continue;
      const j = (y - starts.y0) * sw + x;
      min[j] = rowMin[(q[head]! - cells.y0) * sw + x]!;
      at[j] = rowAt[(q[head]! - cells.y0) * sw + x]!;
    }
  }
  return { min, at, starts };
}
