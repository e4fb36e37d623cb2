/**
 * partners-map geometry: the world's outlines as each panel draws them, simplified for the scale
 * it is drawn at. Natural Earth's 1:110m outlines carry detail far below a pixel on a 288–800 px
 * map, and every point is bytes in the page, twice (two layouts). Simplification keeps the shared
 * borders shared (topojson-simplify works on the topology's arcs, so neighbours never gap or
 * overlap) and drops rings too small to see. Pure; results cached by scale.
 */
import { feature } from 'topojson-client';
import { filter, filterWeight, presimplify, simplify, sphericalRingArea, sphericalTriangleArea, type RingWeighter } from 'topojson-simplify';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';

type World = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;

const topo = world as unknown as World;

/** Every country at full detail: where a partner is, which panel holds it. */
export const countriesFull = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>;

/**
 * The detail a reader can see, in square SVG units (≈ CSS px: the narrow map is drawn 1:1, the wide
 * one at 0.9 and more): a bend enclosing less than this triangle is flattened, an island or lake
 * smaller than the ring area is left out.
 */
const MIN_TRIANGLE = 5;
const MIN_RING = 4;
/** The grid outlines are drawn on, in SVG units: half a CSS px on the phone map, less on the wide one. */
const GRID = 0.5;

const weighted = presimplify(topo, sphericalTriangleArea);

export interface Outlines {
  land: FeatureCollection<Geometry>;
  countries: FeatureCollection<Geometry, { name: string }>;
}

const cache = new Map<number, Outlines>();

/**
 * The outlines for a panel drawn at `scale` SVG units per radian (a d3 projection's scale), where
 * an area of a steradians spans about a × scale² square units.
 */
export function outlinesAt(scale: number): Outlines {
  const key = Math.round(scale);
  const hit = cache.get(key);
  if (hit) return hit;
  const perUnit = 1 / (key * key);
  const simple = simplify(weighted, MIN_TRIANGLE * perUnit) as World;
  // filterWeight calls its weigher with (ring, interior), as sphericalRingArea takes them; the
  // published types name only the ring.
  const kept = filter(simple, filterWeight(simple, MIN_RING * perUnit, sphericalRingArea as unknown as RingWeighter)) as World;
  const out: Outlines = {
    land: feature(kept, kept.objects.land) as FeatureCollection<Geometry>,
    countries: feature(kept, kept.objects.countries) as FeatureCollection<Geometry, { name: string }>,
  };
  cache.set(key, out);
  return out;
}

/**
 * A path of absolute moves and lines (what d3-geo writes) as relative steps on a grid of `grid`
 * units: "M268.2,177.1L269.3,182L273.9,183.4" becomes "M268,177l1.5,5 4.5,1.5". Small deltas on a
 * coarse grid compress to a fraction of absolute coordinates. Steps are taken between the snapped
 * points, so rounding never accumulates; a step that snaps to nothing is left out.
 */
export function compactPath(d: string, grid = GRID): string {
  const out: string[] = [];
  let x = 0;
  let y = 0;
  let last = '';
  const snap = (n: number) => Math.round(n / grid);
  const fmt = (n: number) => {
    const s = String(Math.round(n * grid * 1000) / 1000);
    return s.startsWith('0.') ? s.slice(1) : s.startsWith('-0.') ? `-${s.slice(2)}` : s;
  };
  // A coordinate pair, its separator left out before a minus sign.
  const pair = (a: number, b: number) => `${fmt(a)}${b < 0 ? '' : ','}${fmt(b)}`;
  for (const [, cmd, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (cmd === 'Z') {
      out.push('z');
      last = 'z';
      continue;
    }
    const nums = (args!.match(/-?\d*\.?\d+(?:e-?\d+)?/g) ?? []).map((n) => snap(Number(n)));
    for (let i = 0; i + 1 < nums.length; i += 2) {
      const nx = nums[i]!;
      const ny = nums[i + 1]!;
      if (cmd === 'M') {
        out.push(`M${pair(nx, ny)}`);
        last = 'M';
      } else {
        const dx = nx - x;
        const dy = ny - y;
        if (dx === 0 && dy === 0) continue;
        const step = pair(dx, dy);
        out.push(last === 'l' ? (dx < 0 ? step : ` ${step}`) : `l${step}`);
        last = 'l';
      }
      x = nx;
      y = ny;
    }
  }
  return out.join('');
}
