/**
 * partners-map layout: projects the world into one or more panels (the wide map is one; the phone
 * map is a main map of Eurasia with zoomed panels for Central Asia and South-East Asia), picks the
 * outlines of the countries the spotlight names and places their labels for both views (the
 * spotlight's grouping; formal memberships in Sept 2024), each on its own country or on a short
 * leader ending in it, never on another partner's shape. Pure: no DOM, same output for the same input.
 */
import { geoBounds, geoCentroid, geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { Partner, PartnerGroup } from '../../schemas/partners';
import type { ChartLayoutName, Size } from '../types';
import { roundPath } from '../shared/svg';
import { overlaps, textWidth, type Box } from '../shared/text';
import { placeMapLabels, type MapLabel } from './partners-map.labels';
import { compactPath, countriesFull, outlinesAt } from './partners-map.geometry';
import { boxCover, deepestPoint, othersIn, emptyRaster, fillDisc, fillRings, ringCollector, type Raster } from './partners-map.raster';


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
  'transit-hub': 'Possible shell-company base',
};


/** Shorter names for tight spots on the map. Presentation only; tables use the data's names. */
const SHORT: Record<string, string> = {
  'united-arab-emirates': 'UAE',
  'hong-kong': 'Hong Kong',
  'south-korea': 'S. Korea',
};

export type PanelId = 'main' | 'central-asia' | 'south-east-asia';

interface Crop {
  lon: [number, number];
  lat: [number, number];
}

interface PanelSpec {
  id: PanelId;
  title?: string;
  crop: Crop;
  /** Drawn over the main map (with its title inside), not beside it. */
  overlay?: boolean;
}

export interface MapPanel {
  id: PanelId;
  title?: string;
  /** Where its title's text starts (baseline), and the title's box. */
  titleAt?: { x: number; y: number; box: Box };
  overlay: boolean;
  /** Where the panel sits in the SVG. */
  box: Box;
  land: string;
  /** Outlines of the zoomed panels' areas, drawn on the main map. */
  frames: { id: PanelId; d: string; box: Box }[];
}

export interface MapCountry {
  partner: Partner;
  /** The panel that carries its mark and its label. */
  panel: PanelId;
  /** Outline path (absent for point-only partners and off-map arrows). */
  d?: string;
  /** Anchor for labels, tooltips and leader lines: a point well inside its shape. */
  x: number;
  y: number;
  /** Longitude of its centre: the order of keyboard travel (west to east). */
  lon: number;
  point: boolean;
  formal: FormalCategory;
  mismatch?: string;
  /** Drawn outside the frame: an arrow at the edge points towards it. */
  offMap?: 'west' | 'east';
  /** Projected bounding box of the outline (or of the point, or the arrow). */
  box: Box;
  /** An invisible, larger tap target (at least 24 × 24 CSS px) when the shape is smaller. */
  hit?: Box;
}

/** A partner drawn again, without a mark, in a panel that is not its own (Tajikistan on the phone's main map). */
export interface MapDecor {
  partner: Partner;
  panel: PanelId;
  formal: FormalCategory;
  mismatch?: string;
  d?: string;
  point?: { x: number; y: number };
}

export interface PartnersMapLayout {
  id: string;
  layout: ChartLayoutName;
  size: Size;
  fontSize: number;
  panels: MapPanel[];
  countries: MapCountry[];
  decor: MapDecor[];
  labels: { group: MapLabel[]; formal: MapLabel[] };
}

const MAIN_CROP: Record<ChartLayoutName, Crop> = {
  // Germany to Korea, the Arctic coast to Singapore: Cuba is an arrow at the western edge.
  wide: { lon: [4, 146], lat: [-3, 71] },
  narrow: { lon: [4, 146], lat: [-2, 71] },
};
const INSETS: PanelSpec[] = [
  { id: 'central-asia', title: 'Central Asia', crop: { lon: [52.4, 75.4], lat: [35.1, 45.7] } },
  { id: 'south-east-asia', title: 'South-East Asia', crop: { lon: [99.5, 121], lat: [-3, 23.5] } },
];

/** The phone map is designed 288 px wide: a 320 px screen minus its margins, so 1 unit is 1 CSS px there. */
export const NARROW_WIDTH = 288;
const FONT: Record<ChartLayoutName, number> = { wide: 13.5, narrow: 12 };
/**
 * Smallest tap target in SVG units: 24 CSS px at the smallest size a layout is shown at (the wide
 * layout from a 720 px container, 0.9 of its 800 units; the narrow one from 288 px, 1:1).
 */
const TARGET: Record<ChartLayoutName, number> = { wide: 30, narrow: 26 };
/** Phone layout: the zoomed panels' row under the main map. */
const WIDE_INSET = { width: 250, height: 136 };
const NARROW_INSETS = { titleGap: 6, title: 18, height: 150, gap: 8, split: 176 };

function frameOutline(c: Crop): Feature<Polygon> {
  const ring: [number, number][] = [];
  for (let lon = c.lon[0]; lon <= c.lon[1]; lon += 1) ring.push([lon, c.lat[0]]);
  for (let lat = c.lat[0]; lat <= c.lat[1]; lat += 1) ring.push([c.lon[1], lat]);
  for (let lon = c.lon[1]; lon >= c.lon[0]; lon -= 1) ring.push([lon, c.lat[1]]);
  for (let lat = c.lat[1]; lat >= c.lat[0]; lat -= 1) ring.push([c.lon[0], lat]);
  ring.push(ring[0]!);
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring.reverse()] } };
}

const mid = (c: Crop) => (c.lon[0] + c.lon[1]) / 2;

/** The main map's height at a width, so it has no empty bands. */
function mainHeight(layout: ChartLayoutName, width: number): number {
  const crop = MAIN_CROP[layout];
  const p = geoEqualEarth().rotate([-mid(crop), 0]).fitWidth(width, frameOutline(crop));
  const [[, y0], [, y1]] = geoPath(p).bounds(frameOutline(crop));
  return Math.round(y1 - y0);
}

/** Where each panel sits at a layout's width. */
function panelBoxes(layout: ChartLayoutName, width: number): { spec: PanelSpec; box: Box }[] {
  const h = mainHeight(layout, width);
  const main = { spec: { id: 'main' as const, crop: MAIN_CROP[layout] }, box: { x: 0, y: 0, width, height: h } };
  // The wide map's Central Asia panel sits over the Sahel, where no partner lies.
  if (layout === 'wide') return [main, { spec: { ...INSETS[0]!, overlay: true }, box: { x: 6, y: h - 6 - WIDE_INSET.height, width: WIDE_INSET.width, height: WIDE_INSET.height } }];
  const y = h + NARROW_INSETS.titleGap + NARROW_INSETS.title;
  const { split, gap, height } = NARROW_INSETS;
  return [
    main,
    { spec: INSETS[0]!, box: { x: 0, y, width: split, height } },
    { spec: INSETS[1]!, box: { x: split + gap, y, width: width - split - gap, height } },
  ];
}

/** The height of a layout at a width: the main map, and on phones the row of zoomed panels. */
export function mapHeight(layout: ChartLayoutName, width: number): number {
  const boxes = panelBoxes(layout, width);
  return Math.max(...boxes.map((b) => Math.round(b.box.y + b.box.height)));
}

function projectionIn(spec: PanelSpec, box: Box): GeoProjection {
  const pad = spec.id === 'main' ? 0 : 4;
  return geoEqualEarth()
    .rotate([-mid(spec.crop), 0])
    .fitExtent(
      [
        [box.x + pad, box.y + pad],
        [box.x + box.width - pad, box.y + box.height - pad],
      ],
      frameOutline(spec.crop),
    )
    .clipExtent([
      [box.x, box.y],
      [box.x + box.width, box.y + box.height],
    ]);
}

/** The largest polygon of a (multi)polygon, so that anchors sit on the mainland. */
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

const within = (b: [[number, number], [number, number]], c: Crop) =>
  b[0][0] >= c.lon[0] && b[1][0] <= c.lon[1] && b[0][1] >= c.lat[0] && b[1][1] <= c.lat[1];

/** Whether a t × t square lies wholly on a partner's pixels somewhere in its box. */
function squareFits(r: Raster, index: number, box: Box, t: number, avoid: readonly Box[] = []): boolean {
  for (let y = box.y; y + t <= box.y + box.height; y += 1)
    for (let x = box.x; x + t <= box.x + box.width; x += 1) {
      const sq = { x, y, width: t, height: t };
      if (boxCover(r, sq, index, 0).own >= 1 && !avoid.some((a) => overlaps(a, sq))) return true;
    }
  return false;
}

/**
 * A t × t tap target that contains the anchor, kept inside its panel, and placed (among the squares
 * that contain the anchor) where it covers least of other partners, so it takes no one's ground.
 */
function hitBox(r: Raster, index: number, x: number, y: number, t: number, panel: Box, taken: readonly Box[] = []): Box {
  let best: { box: Box; cost: number } | undefined;
  for (let dy = -t / 2 + 3; dy <= t / 2 - 3; dy += 2)
    for (let dx = -t / 2 + 3; dx <= t / 2 - 3; dx += 2) {
      const left = Math.min(panel.x + panel.width - t, Math.max(panel.x, x - t / 2 + dx));
      const top = Math.min(panel.y + panel.height - t, Math.max(panel.y, y - t / 2 + dy));
      const box = { x: left, y: top, width: t, height: t };
      const shared = taken.reduce((n, o) => n + Math.max(0, Math.min(o.x + o.width, box.x + t) - Math.max(o.x, box.x)) * Math.max(0, Math.min(o.y + o.height, box.y + t) - Math.max(o.y, box.y)), 0);
      const cost = shared * 10_000 + othersIn(r, box, index) * 100 + Math.hypot(dx, dy);
      if (!best || cost < best.cost) best = { box, cost };
    }
  return best!.box;
}

/** Layouts already computed, per data set: placing labels takes a moment, and every page and file renders the map. */
const computed = new WeakMap<readonly Partner[], Map<string, PartnersMapLayout>>();

export function partnersMapLayout(partners: readonly Partner[], layout: ChartLayoutName, size: Size): PartnersMapLayout {
  const key = `${layout} ${size.width}x${size.height}`;
  const cache = computed.get(partners) ?? new Map<string, PartnersMapLayout>();
  computed.set(partners, cache);
  const hit = cache.get(key);
  if (hit) return hit;
  const made = computeLayout(partners, layout, size);
  cache.set(key, made);
  return made;
}

function computeLayout(partners: readonly Partner[], layout: ChartLayoutName, size: Size): PartnersMapLayout {
  const fontSize = FONT[layout];
  const target = TARGET[layout];
  const boxes = panelBoxes(layout, size.width);
  const projections = new Map(boxes.map((b) => [b.spec.id, projectionIn(b.spec, b.box)]));
  const rasters = new Map<PanelId, Raster>(boxes.map((b) => [b.spec.id, emptyRaster(b.box)]));
  const panels: MapPanel[] = boxes.map((b) => {
    const path = geoPath(projections.get(b.spec.id)!).digits(1);
    const frames =
      b.spec.id === 'main'
        ? boxes
            .filter((o) => o.spec.id !== 'main')
            .map((o) => {
              const outline = frameOutline(o.spec.crop);
              const [[x0, y0], [x1, y1]] = path.bounds(outline);
              return { id: o.spec.id, d: roundPath(path(outline) ?? ''), box: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } };
            })
        : [];
    const overlay = Boolean(b.spec.overlay);
    const t = b.spec.title;
    const titleAt = t && !overlay ? { x: b.box.x, y: b.box.y - 5, box: { x: b.box.x, y: b.box.y - 5 - fontSize, width: textWidth(t, fontSize), height: fontSize + 4 } } : undefined;
    const land = outlinesAt(projections.get(b.spec.id)!.scale()).land;
    return { id: b.spec.id, ...(t ? { title: t } : {}), ...(titleAt ? { titleAt } : {}), overlay, box: b.box, land: compactPath(path(land) ?? ''), frames };
  });

  const countries: MapCountry[] = [];
  const decor: MapDecor[] = [];
  partners.forEach((p, index) => {
    const formal = formalCategory(p);
    const mismatch = formalMismatch(p);
    const base = { partner: p, formal, ...(mismatch ? { mismatch } : {}) };
    const f = p.point ? undefined : countriesFull.features.find((c) => c.id === p.numeric);
    if (!p.point && !f) throw new Error(`partners-map: world-atlas has no outline for ${p.name} (${p.numeric})`);
    const geoBox: [[number, number], [number, number]] = p.point ? [p.point, p.point] : geoBounds(f!);
    // Its own panel: a zoomed panel that holds all of it, else the main map.
    const own: PanelId = boxes.find((b) => b.spec.id !== 'main' && within(geoBox, b.spec.crop))?.spec.id ?? 'main';
    const main: Feature | undefined = f && { type: 'Feature', properties: {}, geometry: mainPart(f.geometry) };
    const lon = p.point ? p.point[0] : geoCentroid(main!)[0];
    for (const b of boxes) {
      const id = b.spec.id;
      const projection = projections.get(id)!;
      const raster = rasters.get(id)!;
      if (p.point) {
        const xy = projection(p.point);
        if (!xy) continue;
        const [x, y] = xy;
        if (x < b.box.x || x > b.box.x + b.box.width || y < b.box.y || y > b.box.y + b.box.height) continue;
        const r = id === own ? 4 : 2.5;
        fillDisc(raster, index, x, y, r + 1);
        if (id !== own) {
          decor.push({ ...base, panel: id, point: { x, y } });
          continue;
        }
        const box = { x: x - r, y: y - r, width: 2 * r, height: 2 * r };
        countries.push({ ...base, panel: id, x, y, lon, point: true, box });
        continue;
      }
      // Drawn (and laid out) as simplified for this panel's scale.
      const drawn = outlinesAt(projection.scale()).countries.features.find((c) => c.id === p.numeric) ?? f!;
      const path = geoPath(projection).digits(1);
      const d = path(drawn) ?? '';
      const collector = ringCollector();
      geoPath(projection, collector.context)(drawn);
      if (d) fillRings(raster, index, collector.rings);
      if (id !== own) {
        if (d) decor.push({ ...base, panel: id, d: compactPath(d) });
        continue;
      }
      const [cx, cy] = geoPath(projection).centroid(main!);
      const deep = d ? deepestPoint(raster, index, [cx, cy]) : null;
      if (deep) {
        const [[bx0, by0], [bx1, by1]] = path.bounds(drawn);
        const box: Box = { x: bx0, y: by0, width: bx1 - bx0, height: by1 - by0 };
        countries.push({ ...base, panel: id, d: compactPath(d), x: deep.x, y: deep.y, lon, point: false, box });
      } else {
        // Off the crop (Cuba): an arrow at the frame's edge, at the country's latitude.
        const [, py] = projection.clipExtent(null)(geoCentroid(main!)) ?? [0, 0];
        projection.clipExtent([
          [b.box.x, b.box.y],
          [b.box.x + b.box.width, b.box.y + b.box.height],
        ]);
        const west = lon < mid(b.spec.crop);
        const x = west ? b.box.x + 10 : b.box.x + b.box.width - 10;
        const y = Math.max(b.box.y + 20, Math.min(b.box.y + b.box.height - 20, py));
        const box = { x: x - 6, y: y - 6, width: 12, height: 12 };
        const dir = west ? -1 : 1;
        const tip = x + dir * 6;
        fillRings(raster, index, [
          [
            [tip, y],
            [tip - dir * 11, y - 7],
            [tip - dir * 11, y + 7],
            [tip, y],
          ],
        ]);
        countries.push({ ...base, panel: id, x, y, lon, point: false, offMap: west ? 'west' : 'east', box });
      }
    }
  });
  // A tap target needs a target × target square inside the shape; where none fits, an invisible
  // one is added around its deepest point. (Measured once every partner is on the raster.)
  for (const c of countries) {
    const b = boxes.find((x) => x.spec.id === c.panel)!;
    const r = rasters.get(c.panel)!;
    const index = partners.indexOf(c.partner);
    const taken = countries.filter((o) => o.hit && o.panel === c.panel).map((o) => o.hit!);
    if (c.point || c.offMap || (c.d && !squareFits(r, index, c.box, target))) c.hit = hitBox(r, index, c.x, c.y, target, b.box, taken);
  }
  // A large shape whose every free square is under a small neighbour's target gets one too.
  for (const c of countries) {
    if (c.hit || !c.d) continue;
    const others = countries.filter((o) => o !== c && o.panel === c.panel && o.hit).map((o) => o.hit!);
    const r = rasters.get(c.panel)!;
    const index = partners.indexOf(c.partner);
    if (!squareFits(r, index, c.box, target, others)) c.hit = hitBox(r, index, c.x, c.y, target, boxes.find((x) => x.spec.id === c.panel)!.box, others);
  }
  // An overlaid panel's title sits on its top edge, at the right, clear of the map's western edge (Cuba's arrow).
  for (const p of panels) {
    if (!p.overlay || !p.title) continue;
    const w = textWidth(p.title, fontSize, 'bold');
    const box = { x: p.box.x + p.box.width - w - 2, y: p.box.y - fontSize - 5, width: w + 2, height: fontSize + 5 };
    p.titleAt = { x: box.x, y: p.box.y - 5, box };
  }
  // West to east: the order of keyboard travel.
  countries.sort((a, b) => a.lon - b.lon || a.y - b.y);
  const indexOf = new Map(partners.map((p, i) => [p.id, i]));

  const nameOf = (c: MapCountry) => (layout === 'narrow' || c.partner.name.length > 14 ? (SHORT[c.partner.id] ?? c.partner.name) : c.partner.name);
  const place = (lines: (c: MapCountry) => string[][], fallback?: (c: MapCountry) => string[][] | undefined) =>
    boxes.flatMap((b) =>
      placeMapLabels(
        countries
          .filter((c) => c.panel === b.spec.id)
          .map((c) => ({
            id: c.partner.id,
            index: indexOf.get(c.partner.id)!,
            variants: lines(c),
            ...(fallback?.(c) ? { fallback: fallback(c)! } : {}),
            x: c.x,
            y: c.y,
            kind: c.offMap ? ('arrow' as const) : c.point ? ('point' as const) : ('area' as const),
            ...(c.offMap ? { side: c.offMap } : {}),
            markBox: c.box,
          })),
        {
          size: fontSize,
          raster: rasters.get(b.spec.id)!,
          bounds: { x: b.box.x + 2, y: b.box.y + 2, width: b.box.width - 4, height: b.box.height - 4 },
          frames: panels.find((p) => p.id === b.spec.id)?.frames.map((fr) => fr.box) ?? [],
          // Labels keep off panels drawn over this one, and off this panel's own title.
          blocks: [
            ...(b.spec.id === 'main'
              ? panels.filter((p) => p.overlay).flatMap((p) => [{ x: p.box.x - 3, y: p.box.y - 3, width: p.box.width + 6, height: p.box.height + 6 }, ...(p.titleAt ? [p.titleAt.box] : [])])
              : []),
          ],
        },
      ),
    );
  // A name of two words may stack when it fits nowhere on one line ("Hong / Kong" by its dot).
  const stacked = (n: string) => (n.includes(' ') ? [[n], [n.slice(0, n.indexOf(' ')), n.slice(n.indexOf(' ') + 1)]] : [[n]]);
  const group = place((c) => stacked(nameOf(c)));
  const formal = place((c) => {
    const n = nameOf(c);
    const status = formalNote(c.partner);
    if (!status) return stacked(n);
    return [[n, status], [`${n}, ${status}`]];
    // Where a phone's map has no room for the note at all, the name alone (its colour and the key still say it).
  }, (c) => (formalNote(c.partner) ? stacked(nameOf(c)) : undefined));
  return { id: `partners-map-${layout}`, layout, size, fontSize, panels, countries, decor, labels: { group, formal } };
}

/** What a country's formal-view label adds to its name, where grouping and status part ways. */
export function formalNote(p: Partner): string | undefined {
  if (p.group === 'subject') return undefined;
  if (p.group === 'eurasian' || p.eaeu.status === 'observer') return p.eaeu.status === 'none' ? 'EAEU: none' : `EAEU ${p.eaeu.status}`;
  if (formalMismatch(p) === 'also OECD') return 'OECD member';
  return undefined;
}
