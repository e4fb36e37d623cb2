/**
 * partners-map layout: projects the world, picks the outlines of the countries the spotlight names,
 * and places their labels for both views (the spotlight's grouping; formal memberships in Sept 2024).
 * Pure: no DOM, same output for the same input.
 */
import { geoEqualEarth, geoPath, geoBounds, geoContains, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import type { Partner, PartnerGroup } from '../../schemas/partners';
import type { ChartLayoutName, Size } from '../types';
import { placeLabels, type PlacedLabel } from '../shared/labels';
import { roundPath } from '../shared/svg';
import { overlaps, type Box } from '../shared/text';

const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;
const countries = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>;
const land = feature(topo, topo.objects.land) as FeatureCollection<Geometry>;

export type FormalCategory = 'subject' | 'eaeu-member' | 'eaeu-observer' | 'brics' | 'oecd' | 'none';

/** The legend order of the formal layer. */
export const FORMAL_CATEGORIES: readonly { id: FormalCategory; label: string }[] = [
  { id: 'eaeu-member', label: 'EAEU member' },
  { id: 'eaeu-observer', label: 'EAEU observer' },
  { id: 'brics', label: 'BRICS member' },
  { id: 'oecd', label: 'OECD member' },
  { id: 'none', label: 'None of these' },
];

/** A country's formal status in Sept 2024, one category for colour (all of them are in its label). */
export function formalCategory(p: Partner): FormalCategory {
  if (p.group === 'subject') return 'subject';
  if (p.eaeu.status === 'member') return 'eaeu-member';
  if (p.eaeu.status === 'observer') return 'eaeu-observer';
  if (p.brics.status === 'member') return 'brics';
  if (p.oecd.status === 'member') return 'oecd';
  return 'none';
}

/** Every formal status of a country, in words: "EAEU member, BRICS member". */
export function formalStatuses(p: Partner): string[] {
  const out: string[] = [];
  if (p.eaeu.status !== 'none') out.push(`EAEU ${p.eaeu.status}`);
  if (p.brics.status === 'member') out.push('BRICS member');
  if (p.oecd.status === 'member') out.push('OECD member');
  return out;
}

/** Where the spotlight's grouping and formal status part ways. */
export function formalMismatch(p: Partner): string | undefined {
  if (p.group === 'eurasian' && p.eaeu.status === 'none') return 'no EAEU status';
  if (p.group === 'eurasian' && p.eaeu.status === 'observer') return 'EAEU observer only';
  if (p.group !== 'oecd-attache' && p.oecd.status === 'member') return 'also OECD';
  return undefined;
}

/** The spotlight's groups as the legend names them, in legend order. */
export const GROUP_LABELS: Record<PartnerGroup, string> = {
  subject: 'Russia',
  china: 'China',
  authoritarian: 'Authoritarian regimes',
  eurasian: 'Eurasian group',
  brics: 'BRICS: India',
  'other-partners': 'Other partners',
  'oecd-attache': 'OECD: attachés planned',
  'transit-hub': 'Shell-company hub',
};

/** Shorter names for tight spots on the map. Presentation only; tables use the data's names. */
const SHORT: Record<string, string> = {
  'united-arab-emirates': 'UAE',
  'hong-kong': 'Hong Kong',
  'south-korea': 'S. Korea',
};

export interface MapCountry {
  partner: Partner;
  /** Outline path (absent for point-only partners). */
  d?: string;
  /** Anchor for labels, tooltips and keyboard order. */
  x: number;
  y: number;
  point: boolean;
  formal: FormalCategory;
  mismatch?: string;
  /** Drawn outside the frame: an arrow at the edge points towards it. */
  offMap?: 'west' | 'east';
  /** Projected bounding box of the outline (or of the point). */
  box: Box;
}

export interface PartnersMapLayout {
  id: string;
  layout: ChartLayoutName;
  size: Size;
  fontSize: number;
  land: string;
  countries: MapCountry[];
  labels: { group: PlacedLabel[]; formal: PlacedLabel[] };
}

interface Crop {
  rotate: number;
  lon: [number, number];
  lat: [number, number];
}

const CROPS: Record<ChartLayoutName, Crop> = {
  wide: { rotate: -30, lon: [-88, 150], lat: [-12, 80] },
  narrow: { rotate: -74, lon: [4, 144], lat: [-6, 78] },
};

const FONT: Record<ChartLayoutName, number> = { wide: 13.5, narrow: 12.5 };

function frameOutline(c: Crop): Feature<Polygon> {
  const ring: [number, number][] = [];
  for (let lon = c.lon[0]; lon <= c.lon[1]; lon += 2) ring.push([lon, c.lat[0]]);
  for (let lat = c.lat[0]; lat <= c.lat[1]; lat += 2) ring.push([c.lon[1], lat]);
  for (let lon = c.lon[1]; lon >= c.lon[0]; lon -= 2) ring.push([lon, c.lat[1]]);
  for (let lat = c.lat[1]; lat >= c.lat[0]; lat -= 2) ring.push([c.lon[0], lat]);
  ring.push(ring[0]!);
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring.reverse()] } };
}

/** The height that fits a layout's crop at a width, so the map has no empty bands. */
export function mapHeight(layout: ChartLayoutName, width: number): number {
  const crop = CROPS[layout];
  const p = geoEqualEarth().rotate([crop.rotate, 0]).fitWidth(width, frameOutline(crop));
  const [[, y0], [, y1]] = geoPath(p).bounds(frameOutline(crop));
  return Math.round(y1 - y0);
}

export function projectionFor(layout: ChartLayoutName, size: Size): GeoProjection {
  const crop = CROPS[layout];
  return geoEqualEarth()
    .rotate([crop.rotate, 0])
    .fitExtent(
      [
        [0, 0],
        [size.width, size.height],
      ],
      frameOutline(crop),
    )
    .clipExtent([
      [0, 0],
      [size.width, size.height],
    ]);
}

/** The largest polygon of a (multi)polygon, so that labels sit on the mainland. */
function mainPart(g: Geometry): Geometry {
  if (g.type !== 'MultiPolygon') return g;
  const mp = g as MultiPolygon;
  let best: Polygon = { type: 'Polygon', coordinates: mp.coordinates[0]! };
  let bestArea = -1;
  for (const coords of mp.coordinates) {
    const poly: Polygon = { type: 'Polygon', coordinates: coords };
    const [[x0, y0], [x1, y1]] = geoBounds(poly);
    const area = Math.abs((x1 - x0) * (y1 - y0));
    if (area > bestArea) {
      bestArea = area;
      best = poly;
    }
  }
  return best;
}

export function partnersMapLayout(partners: readonly Partner[], layout: ChartLayoutName, size: Size): PartnersMapLayout {
  const projection = projectionFor(layout, size);
  const path = geoPath(projection).digits(1);
  const fontSize = FONT[layout];
  const bounds: Box = { x: 2, y: 2, width: size.width - 4, height: size.height - 4 };

  const out: MapCountry[] = [];
  /** Each outlined partner's shape, so labels can keep off other partners' fills. */
  const shapes: { id: string; feature: Feature; box: Box }[] = [];
  for (const p of partners) {
    const formal = formalCategory(p);
    const mismatch = formalMismatch(p);
    const base = { partner: p, formal, ...(mismatch ? { mismatch } : {}) };
    if (p.point) {
      const xy = projection(p.point);
      if (!xy) continue;
      out.push({ ...base, x: xy[0], y: xy[1], point: true, box: { x: xy[0] - 4, y: xy[1] - 4, width: 8, height: 8 } });
      continue;
    }
    const f = countries.features.find((c) => c.id === p.numeric);
    if (!f) throw new Error(`partners-map: world-atlas has no outline for ${p.name} (${p.numeric})`);
    const d = path(f) ?? '';
    const main: Feature = { type: 'Feature', properties: {}, geometry: mainPart(f.geometry) };
    const [cx, cy] = geoPath(projection.clipExtent(null)).centroid(main);
    projection.clipExtent([
      [0, 0],
      [size.width, size.height],
    ]);
    const visible = d !== '' && cx >= 0 && cx <= size.width && cy >= 0 && cy <= size.height;
    const [[bx0, by0], [bx1, by1]] = path.bounds(f);
    const box: Box = { x: bx0, y: by0, width: bx1 - bx0, height: by1 - by0 };
    if (visible) {
      out.push({ ...base, d: roundPath(d), x: cx, y: cy, point: false, box });
      shapes.push({ id: p.id, feature: f, box });
    }
    else {
      // Off the crop (Cuba on phones): an arrow at the frame's edge, at the country's latitude.
      const west = cx < 0;
      out.push({
        ...base,
        x: west ? 10 : size.width - 10,
        y: Math.max(20, Math.min(size.height - 20, cy)),
        point: false,
        offMap: west ? 'west' : 'east',
        box: { x: 0, y: 0, width: 0, height: 0 },
      });
    }
  }
  // West to east, then north to south: the order of keyboard travel.
  out.sort((a, b) => a.x - b.x || a.y - b.y);

  const landPath = roundPath(path(land) ?? '');

  // Label priority: big, central countries first; then the rest west to east.
  const byPriority = [...out].sort((a, b) => rank(a) - rank(b) || a.x - b.x);
  // Labels keep off every anchor, and off the whole outline of small named countries.
  const anchorBoxes = [
    ...out.map((c) => ({ id: c.partner.id, x: c.x - 3, y: c.y - 3, width: 6, height: 6 })),
    ...out.filter((c) => !c.point && c.box.width < 44 && c.box.height < 44).map((c) => ({ id: c.partner.id, ...c.box })),
  ];
  const nameOf = (c: MapCountry) => (layout === 'narrow' || c.partner.name.length > 14 ? (SHORT[c.partner.id] ?? c.partner.name) : c.partner.name);

  // A label on another partner's fill reads as that country's name ("Turkmenistan" on Turkey), so
  // labels keep off other partners' outlines wherever they can (tested at six points of the label).
  const onAnotherPartner = (box: Box, id: string) => {
    let hits = 0;
    for (const fx of [0.08, 0.5, 0.92])
      for (const fy of [0.3, 0.7]) {
        const at: [number, number] = [box.x + box.width * fx, box.y + box.height * fy];
        const lonLat = projection.invert?.(at);
        if (!lonLat) continue;
        if (shapes.some((s) => s.id !== id && overlaps(s.box, box) && geoContains(s.feature, lonLat))) hits++;
      }
    return hits > 0;
  };

  const request = (text: (c: MapCountry) => string) =>
    byPriority.map((c) => ({
      id: c.partner.id,
      text: text(c),
      x: c.offMap === 'west' ? c.x + 8 : c.x,
      y: c.y,
      centreFirst: c.partner.id === 'russia' || c.partner.id === 'china',
      gap: c.point ? 6 : 4,
    }));
  // Keeping off other partners' fills is tried first; where the map is too crowded for every label
  // to fit that way (the formal view on phones), every label fitting matters more.
  const place = (text: (c: MapCountry) => string) => {
    const requests = request(text);
    // The phone map is crowded: more directions give its labels more places to go.
    const opts = { size: fontSize, bounds, obstacles: anchorBoxes, directions: layout === 'narrow' ? 12 : 8 };
    const careful = placeLabels(requests, { ...opts, offLimits: onAnotherPartner });
    const clean = (ls: PlacedLabel[]) => ls.every((l) => l.fitted && !l.tangled);
    if (clean(careful)) return careful;
    const plain = placeLabels(requests, opts);
    return clean(plain) || !careful.every((l) => l.fitted) ? plain : careful;
  };
  const group = place((c) => nameOf(c));
  const formal = place((c) => {
    const n = nameOf(c);
    // The Eurasian group, where grouping and status differ, says its EAEU status in words.
    if (c.partner.group !== 'eurasian' && c.formal !== 'eaeu-observer') return c.mismatch === 'also OECD' ? `${n}: OECD` : n;
    return `${n}: ${c.partner.eaeu.status === 'none' ? 'none' : c.partner.eaeu.status}`;
  });
  return { id: `partners-map-${layout}`, layout, size, fontSize, land: landPath, countries: out, labels: { group, formal } };
}

const PRIORITY: Record<PartnerGroup, number> = {
  subject: 0,
  china: 1,
  eurasian: 3,
  brics: 4,
  authoritarian: 5,
  'other-partners': 6,
  'oecd-attache': 7,
  'transit-hub': 8,
};
/** Label priority: Russia and China, then the groups; an off-map arrow's label and points come last, as they can sit in open sea. */
const rank = (c: MapCountry) => (c.offMap ? 8.5 : c.point ? 9 : PRIORITY[c.partner.group]);
