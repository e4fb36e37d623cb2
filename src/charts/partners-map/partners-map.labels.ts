/**
 * partners-map label placement. A label sits on its own country when it fits there, else next to
 * its dot or arrow, else at the end of a short leader line that starts inside its country. It never
 * touches another partner's shape (read from the panel's raster), another label, a leader, or the
 * outline of a zoomed panel's area. Greedy and deterministic: the order of the requests is the
 * priority. Pure: no DOM.
 */
import { segmentHitsBox, segmentsCross } from '../shared/labels';
import { inside, overlaps, textWidth, type Box } from '../shared/text';
import { boxCover, depthOf, segmentOnOthers, type Raster } from './partners-map.raster';

export interface MapLabelRequest {
  id: string;
  /** The partner's bit in the raster. */
  index: number;
  /** Ways to write the label (lines of text), best first. */
  variants: string[][];
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
  /** False when no place kept every rule (tests fail on it). */
  fitted: boolean;
}

type Segment = { x1: number; y1: number; x2: number; y2: number };

const LEADER_RADII = [14, 20, 28, 38, 50, 64, 80, 98, 120];
const DIRECTIONS = 16;

export function placeMapLabels(
  requests: readonly MapLabelRequest[],
  opts: { size: number; raster: Raster; bounds: Box; frames: readonly Box[] },
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
  const maxDepth = (r: MapLabelRequest) => {
    if (r.kind !== 'area') return -1;
    let m = 0;
    for (const v of depthOf(raster, r.index)) if (v > m) m = v;
    return m;
  };
  const depths = new Map(requests.map((r) => [r.id, maxDepth(r)]));
  let order = [...requests].sort((a, b) => depths.get(b.id)! - depths.get(a.id)! || a.x - b.x);
  let placed: MapLabel[] = [];
  const memo = new Map<string, MapLabel[]>();
  let best: MapLabel[] | undefined;
  // Greedy, then a few repairs: labels that found no place go first in the next round.
  for (let round = 0; round < 4; round++) {
    placed = [];
    for (const r of order) {
      let chosen: MapLabel | undefined;
      for (const strict of [true, false]) {
        for (const lines of r.variants) {
          chosen = candidates(r, lines).find((l) => fits(l, r, strict));
          if (chosen) break;
        }
        if (chosen) break;
      }
      placed.push(chosen ?? { ...candidates(r, r.variants[0]!)[0]!, fitted: false });
    }
    const misses = (ls: MapLabel[]) => ls.filter((l) => !l.fitted).length;
    if (!best || misses(placed) < misses(best)) best = placed;
    if (misses(placed) === 0) break;
    const failed = new Set(placed.filter((l) => !l.fitted).map((l) => l.id));
    order = [...order.filter((r) => failed.has(r.id)), ...order.filter((r) => !failed.has(r.id))];
  }
  const result = best!;
  // Back in the request order, so output does not depend on the priority.
  return requests.map((r) => result.find((l) => l.id === r.id)!);

  function make(r: MapLabelRequest, lines: string[], cx: number, cy: number, anchor: MapLabel['anchor'], leader: boolean): MapLabel {
    const w = Math.max(...lines.map((t) => textWidth(t, size)));
    const h = lh * lines.length;
    const left = anchor === 'start' ? cx : anchor === 'end' ? cx - w : cx - w / 2;
    const box: Box = { x: left, y: cy - h / 2, width: w, height: h };
    const baseline = cy - h / 2 + ascent + (lh - size) / 2;
    const label: MapLabel = { id: r.id, text: lines.join(' '), lines, x: cx, y: baseline, lineHeight: lh, anchor, box, fitted: true };
    if (leader) {
      // From the anchor to the nearest point of the label box, 2 units short of it.
      const ex = Math.max(box.x - 2, Math.min(box.x + w + 2, r.x));
      const ey = Math.max(box.y - 2, Math.min(box.y + h + 2, r.y));
      label.leader = { x1: r.x, y1: r.y, x2: ex, y2: ey };
    }
    return label;
  }

  function candidates(r: MapLabelRequest, lines: string[]): MapLabel[] {
    const key = `${r.id}|${lines.join('\n')}`;
    const known = memo.get(key);
    if (known) return known;
    const out: MapLabel[] = [];
    memo.set(key, out);
    const w = Math.max(...lines.map((t) => textWidth(t, size)));
    const h = lh * lines.length;
    if (r.kind === 'area') {
      // On the country: the anchor first, then nearby centres inside it.
      const cells: [number, number][] = [];
      const d = depthOf(raster, r.index);
      for (let py = 0; py < raster.h; py += 2)
        for (let px = 0; px < raster.w; px += 2) if ((d[py * raster.w + px] ?? 0) >= Math.min(h / 2, 4)) cells.push([raster.box.x + px + 0.5, raster.box.y + py + 0.5]);
      cells.sort((a, b) => Math.hypot(a[0] - r.x, a[1] - r.y) - Math.hypot(b[0] - r.x, b[1] - r.y));
      for (const [x, y] of [[r.x, r.y] as [number, number], ...cells.slice(0, 600)]) {
        const l = make(r, lines, x, y, 'middle', false);
        const cover = boxCover(raster, l.box, r.index, 1);
        if (cover.own >= 0.8 && !cover.others) out.push(l);
      }
    } else {
      // Next to a dot or an arrow.
      const m = r.markBox;
      const g = 4;
      const cy = r.y;
      const beside: MapLabel[] = [
        make(r, lines, m.x + m.width + g, cy, 'start', false),
        make(r, lines, m.x - g, cy, 'end', false),
        make(r, lines, r.x, m.y - g - h / 2, 'middle', false),
        make(r, lines, r.x, m.y + m.height + g + h / 2, 'middle', false),
        make(r, lines, m.x + m.width + g, m.y - h / 2, 'start', false),
        make(r, lines, m.x + m.width + g, m.y + m.height + h / 2, 'start', false),
        make(r, lines, m.x - g, m.y - h / 2, 'end', false),
        make(r, lines, m.x - g, m.y + m.height + h / 2, 'end', false),
      ];
      // An arrow's label reads from the edge inwards.
      out.push(...(r.kind === 'arrow' && r.side === 'west' ? beside : r.kind === 'arrow' ? [beside[1]!, ...beside.slice(2)] : beside));
    }
    for (const dist of LEADER_RADII)
      for (let step = 0; step < DIRECTIONS; step++) {
        const a = (step * 2 * Math.PI) / DIRECTIONS;
        const dx = Math.round(Math.cos(a) * dist * 100) / 100;
        const dy = Math.round(-Math.sin(a) * dist * 100) / 100;
        const primary = Math.abs(dx) < dist * 0.3 ? 'middle' : dx > 0 ? 'start' : 'end';
        // A label above or below sits with its near edge at the ring; beside, its middle.
        const vertical = Math.abs(dy) > dist * 0.5;
        const cy = vertical ? r.y + dy + (dy < 0 ? -h / 2 : h / 2) : r.y + dy;
        // The label facing away from the anchor first, then shifted along the ring's tangent.
        const anchors: MapLabel['anchor'][] = [primary, ...(['middle', 'start', 'end'] as const).filter((a) => a !== primary && (vertical || a === 'middle'))];
        for (const anchor of anchors) out.push(make(r, lines, r.x + dx, anchor === primary || !vertical ? (vertical || anchor !== 'middle' ? cy : r.y + dy + (dy < 0 ? -h / 2 : h / 2)) : cy, anchor, true));
      }
    void w;
    return out;
  }

  function fits(l: MapLabel, r: MapLabelRequest, strict: boolean): boolean {
    if (!inside(l.box, bounds)) return false;
    if (placed.some((p) => overlaps(p.box, l.box, 2))) return false;
    if (boxCover(raster, l.box, r.index, 1.5).others) return false;
    if (frameEdges.some((e) => segmentHitsBox(e, l.box))) return false;
    if (placed.some((p) => p.leader && segmentHitsBox(p.leader, l.box))) return false;
    if (l.leader) {
      const s = l.leader;
      if (placed.some((p) => segmentHitsBox(s, p.box) || (p.leader && segmentsCross(p.leader, s)))) return false;
      if (strict && segmentOnOthers(raster, s, r.index)) return false;
      if (strict && frameEdges.some((e) => segmentsCross(e, s))) return false;
    }
    return true;
  }
}
