/**
 * partners-map layout: projects the partners into the layout's panels (partners-map.panels.ts),
 * gives small ones a tap target, and places their labels for both views (the spotlight's grouping;
 * formal memberships in Sept 2024), each on its own country or on a short leader ending in it, never
 * on another partner's shape. The geometry is computed once per data set and layout; the labels once
 * more per language, since only they depend on the words. Pure: no DOM, same output for the same input.
 */
import { geoArea, geoBounds, geoCentroid, geoPath } from 'd3-geo';
import type { Feature, Geometry, Polygon } from 'geojson';
import type { Locale } from '../../i18n/locale';
import type { Partner } from '../../schemas/partners';
import type { ChartLayoutName, Size } from '../types';
import { roundPath } from '../shared/svg';
import { overlaps, textWidth, wrap, type Box } from '../shared/text';
import type { PartnersMapMessages } from './messages/en';
import { compactPath, countriesFull, outlinesAt } from './partners-map.geometry';
import type { MapLabel, MapLabelRequest } from './partners-map.labels';
import { placeMapLabelsKept } from './partners-map.labels-kept';
import { frameOutline, inBox, midLongitude, panelFrames, withinCrop, type PanelFrame, type PanelId } from './partners-map.panels';
import { boxCover, deepestPoint, emptyRaster, fillDisc, fillRings, othersIn, ringCollector, type Raster } from './partners-map.raster';
import { formalCategory, formalMismatch, formalNote, statusWords, type FormalCategory, type Mismatch } from './partners-map.status';



export interface MapPanel {
  id: PanelId;
  title?: string;
  /**
   * Where its title's text starts (first baseline), its lines (more than one where a language's
   * words are wider than the panel: the rest run down into the panel's top) and the title's box.
   */
  titleAt?: { x: number; y: number; lines: string[]; lineHeight: number; box: Box };
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
  mismatch?: Mismatch;
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
  mismatch?: Mismatch;
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

/** What the layout writes on the map: the chart's messages and the language's formats. */
export interface MapWords {
  t: PartnersMapMessages;
  locale: Locale;
}

const FONT: Record<ChartLayoutName, number> = { wide: 13.5, narrow: 12 };
/**
 * Smallest tap target in SVG units: 24 CSS px at the smallest size a layout is shown at (the wide
 * layout from a 720 px container, 0.9 of its 800 units; the narrow one from 288 px, 1:1).
 */
const TARGET: Record<ChartLayoutName, number> = { wide: 30, narrow: 26 };
/** Names longer than this take their short form (`shortNames`) on the wide map too. */
const LONG_NAME = 14;

/** What does not depend on the words: panels, outlines, marks, tap targets and the rasters labels are placed on. */
interface MapGeometry {
  layout: ChartLayoutName;
  size: Size;
  fontSize: number;
  frames: readonly PanelFrame[];
  rasters: Map<PanelId, Raster>;
  panels: Omit<MapPanel, 'title' | 'titleAt'>[];
  countries: MapCountry[];
  decor: MapDecor[];
}

/**
 * Geometry per data set and size, then layouts per language: placing labels takes a moment, and every
 * page and file renders the map. Each language's data set is its own copy of the partners, with the
 * same shapes: the geometry is shared by every copy whose fields other than the words are the same.
 */
const geometries = new Map<string, MapGeometry>();
const ownGeometries = new WeakMap<readonly Partner[], Map<string, MapGeometry>>();
const layouts = new WeakMap<MapGeometry, WeakMap<PartnersMapMessages, WeakMap<Locale, PartnersMapLayout>>>();

export function partnersMapLayout(partners: readonly Partner[], layout: ChartLayoutName, size: Size, words: MapWords): PartnersMapLayout {
  const key = `${layout} ${size.width}x${size.height}`;
  const own = cached(ownGeometries, partners, () => new Map<string, MapGeometry>());
  let g = own.get(key);
  if (!g) {
    const shared = `${key} ${JSON.stringify(partners.map(withoutWords))}`;
    const found = geometries.get(shared);
    g = found ? forPartners(found, partners) : mapGeometry(partners, layout, size);
    if (!found) geometries.set(shared, g);
    own.set(key, g);
  }
  const byLocale = cached(cached(layouts, g, () => new WeakMap()), words.t, () => new WeakMap<Locale, PartnersMapLayout>());
  return cached(byLocale, words.locale, () => withWords(g, partners, words));
}

/** A partner without the fields a translation changes (content/data/<lang>/texts.json): what its shapes and status depend on. */
function withoutWords({ name: _name, role: _role, notes: _notes, ...rest }: Partner): unknown {
  const { note: _e, ...eaeu } = rest.eaeu;
  const { note: _b, ...brics } = rest.brics;
  const { note: _o, ...oecd } = rest.oecd;
  return { ...rest, eaeu, brics, oecd };
}

/** A geometry made from another copy of the same partners, its marks pointing at these partners (their names, in this language). */
function forPartners(g: MapGeometry, partners: readonly Partner[]): MapGeometry {
  const byId = new Map(partners.map((p) => [p.id, p]));
  const own = <T extends { partner: Partner }>(c: T): T => ({ ...c, partner: byId.get(c.partner.id)! });
  return { ...g, countries: g.countries.map(own), decor: g.decor.map(own) };
}

function cached<K extends object, V>(m: WeakMap<K, V>, k: K, make: () => V): V {
  let v = m.get(k);
  if (v === undefined) m.set(k, (v = make()));
  return v;
}

function mapGeometry(partners: readonly Partner[], layout: ChartLayoutName, size: Size): MapGeometry {
  const frames = panelFrames(layout, size.width);
  const rasters = new Map<PanelId, Raster>(frames.map((f) => [f.spec.id, emptyRaster(f.box)]));
  const countries: MapCountry[] = [];
  const decor: MapDecor[] = [];
  partners.forEach((p, index) => {
    const drawn = drawPartner(p, index, frames, rasters);
    countries.push(...drawn.countries);
    decor.push(...drawn.decor);
  });
  // Measured once every partner is on the raster.
  addTapTargets(countries, partners, frames, rasters, TARGET[layout]);
  // West to east: the order of keyboard travel.
  countries.sort((a, b) => a.lon - b.lon || a.y - b.y);
  return { layout, size, fontSize: FONT[layout], frames, rasters, panels: frames.map((f) => panelShape(f, frames)), countries, decor };
}

/** A panel's land, and on the main map the outlines of the zoomed panels' areas. */
function panelShape(f: PanelFrame, all: readonly PanelFrame[]): Omit<MapPanel, 'title' | 'titleAt'> {
  const frames =
    f.spec.id === 'main'
      ? all
          .filter((o) => o.spec.id !== 'main')
          .map((o) => {
            const outline = frameOutline(o.spec.crop);
            const [[x0, y0], [x1, y1]] = f.path.bounds(outline);
            return { id: o.spec.id, d: roundPath(f.path(outline) ?? ''), box: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } };
          })
      : [];
  return { id: f.spec.id, overlay: f.spec.overlay, box: f.box, land: compactPath(f.path(outlinesAt(f.projection.scale()).land) ?? ''), frames };
}

/** The largest polygon of a (multi)polygon on the sphere, so that anchors sit on the mainland. */
function mainPart(g: Geometry): Geometry {
  if (g.type !== 'MultiPolygon') return g;
  const parts = g.coordinates.map((coordinates): Polygon => ({ type: 'Polygon', coordinates }));
  return parts.reduce((best, p) => (geoArea(p) > geoArea(best) ? p : best));
}

/** A partner's outline from world-atlas, by ISO numeric code (none for point partners). */
function outlineOf(p: Partner): Feature<Geometry> | undefined {
  if (p.point) return undefined;
  const f = countriesFull.features.find((c) => c.id === p.numeric);
  if (!f) throw new Error(`partners-map: world-atlas has no outline for ${p.name} (${p.numeric})`);
  return f;
}

/**
 * A partner in every panel: its mark in its own panel (a zoomed panel that holds all of it, else the
 * main map) and a markless copy where else it shows; its pixels on each panel's raster.
 */
function drawPartner(p: Partner, index: number, frames: readonly PanelFrame[], rasters: ReadonlyMap<PanelId, Raster>): { countries: MapCountry[]; decor: MapDecor[] } {
  const formal = formalCategory(p);
  const mismatch = formalMismatch(p);
  const base = { partner: p, formal, ...(mismatch ? { mismatch } : {}) };
  const countries: MapCountry[] = [];
  const decor: MapDecor[] = [];
  const f = outlineOf(p);
  const geoBox: [[number, number], [number, number]] = p.point ? [p.point, p.point] : geoBounds(f!);
  const own: PanelId = frames.find((b) => b.spec.id !== 'main' && withinCrop(geoBox, b.spec.crop))?.spec.id ?? 'main';
  const main: Feature | undefined = f && { type: 'Feature', properties: {}, geometry: mainPart(f.geometry) };
  const lon = p.point ? p.point[0] : geoCentroid(main!)[0];
  for (const b of frames) {
    const id = b.spec.id;
    const raster = rasters.get(id)!;
    if (p.point) {
      const [x, y] = b.projection(p.point)!;
      if (!inBox(b.box, x, y)) continue;
      const r = id === own ? 4 : 2.5;
      fillDisc(raster, index, x, y, r + 1);
      if (id === own) countries.push({ ...base, panel: id, x, y, lon, point: true, box: { x: x - r, y: y - r, width: 2 * r, height: 2 * r } });
      else decor.push({ ...base, panel: id, point: { x, y } });
      continue;
    }
    // Drawn (and laid out) as simplified for this panel's scale (partners-map.geometry.ts).
    const drawn = outlinesAt(b.projection.scale()).countries.features.find((c) => c.id === p.numeric) ?? f!;
    const d = b.path(drawn) ?? '';
    const collector = ringCollector();
    geoPath(b.projection, collector.context)(drawn);
    if (d) fillRings(raster, index, collector.rings);
    if (id !== own) {
      if (d) decor.push({ ...base, panel: id, d: compactPath(d) });
      continue;
    }
    const deep = d ? deepestPoint(raster, index, b.path.centroid(main!)) : null;
    if (deep) {
      const [[bx0, by0], [bx1, by1]] = b.path.bounds(drawn);
      countries.push({ ...base, panel: id, d: compactPath(d), x: deep.x, y: deep.y, lon, point: false, box: { x: bx0, y: by0, width: bx1 - bx0, height: by1 - by0 } });
    } else countries.push({ ...base, ...offMapArrow(b, raster, index, lon, b.projection(geoCentroid(main!))![1]) });
  }
  return { countries, decor };
}

/** A country off the crop (Cuba): an arrow at the panel's edge, at the country's latitude, pointing towards it. */
function offMapArrow(b: PanelFrame, raster: Raster, index: number, lon: number, centreY: number): Omit<MapCountry, 'partner' | 'formal' | 'mismatch'> {
  const west = lon < midLongitude(b.spec.crop);
  const x = west ? b.box.x + 10 : b.box.x + b.box.width - 10;
  const y = Math.max(b.box.y + 20, Math.min(b.box.y + b.box.height - 20, centreY));
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
  return { panel: b.spec.id, x, y, lon, point: false, offMap: west ? 'west' : 'east', box: { x: x - 6, y: y - 6, width: 12, height: 12 } };
}

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

/**
 * A tap target needs a target × target square inside the shape; where none fits, an invisible one is
 * added around its deepest point. Then a large shape whose every free square is under a small
 * neighbour's target gets one too.
 */
function addTapTargets(countries: MapCountry[], partners: readonly Partner[], frames: readonly PanelFrame[], rasters: ReadonlyMap<PanelId, Raster>, target: number): void {
  const panelBox = (c: MapCountry) => frames.find((f) => f.spec.id === c.panel)!.box;
  const targetsBeside = (c: MapCountry) => countries.filter((o) => o !== c && o.panel === c.panel && o.hit).map((o) => o.hit!);
  for (const c of countries) {
    const r = rasters.get(c.panel)!;
    const index = partners.indexOf(c.partner);
    if (c.point || c.offMap || (c.d && !squareFits(r, index, c.box, target))) c.hit = hitBox(r, index, c.x, c.y, target, panelBox(c), targetsBeside(c));
  }
  for (const c of countries) {
    if (c.hit || !c.d) continue;
    const r = rasters.get(c.panel)!;
    const index = partners.indexOf(c.partner);
    const others = targetsBeside(c);
    if (!squareFits(r, index, c.box, target, others)) c.hit = hitBox(r, index, c.x, c.y, target, panelBox(c), others);
  }
}

/** The panels with their titles in the reader's language, measured so labels keep off them. */
function titledPanels(g: MapGeometry, t: PartnersMapMessages): MapPanel[] {
  const size = g.fontSize;
  return g.panels.map((p) => {
    if (p.id === 'main') return p;
    const title = t.panels[p.id];
    // An overlaid panel's title sits on its top edge, at the right, clear of the map's western edge (Cuba's arrow).
    if (p.overlay) {
      const w = textWidth(title, size, 'bold');
      const box = { x: p.box.x + p.box.width - w - 2, y: p.box.y - size - 5, width: w + 2, height: size + 5 };
      return { ...p, title, titleAt: { x: box.x, y: p.box.y - 5, lines: [title], lineHeight: size, box } };
    }
    // Beside another panel the title has the panel's width: wider words wrap, the lines before the
    // last rising over the main map's bottom edge, whose labels then keep off them (the panel's own
    // marks and labels stay clear).
    const lines = wrap(title, size, p.box.width - 4);
    const lineHeight = Math.round(size * 1.15 * 10) / 10;
    const width = Math.max(...lines.map((line) => textWidth(line, size)));
    const rise = (lines.length - 1) * lineHeight;
    const box = { x: p.box.x, y: p.box.y - 5 - size - rise, width, height: size + 4 + rise };
    return { ...p, title, titleAt: { x: p.box.x, y: p.box.y - 5 - rise, lines, lineHeight, box } };
  });
}

function withWords(g: MapGeometry, partners: readonly Partner[], { t, locale }: MapWords): PartnersMapLayout {
  const panels = titledPanels(g, t);
  const words = statusWords(t, locale);
  const nameOf = (c: MapCountry) => (g.layout === 'narrow' || c.partner.name.length > LONG_NAME ? (t.shortNames[c.partner.id] ?? c.partner.name) : c.partner.name);
  // A name of several words may stack when it fits nowhere on one line ("Hong / Kong" by its dot):
  // on two lines, split at its first space, then at each other space, then a word per line.
  const stacked = (n: string) => {
    const words = n.split(' ');
    const splits = words.slice(1).map((_, i) => [words.slice(0, i + 1).join(' '), words.slice(i + 1).join(' ')]);
    return [[n], ...splits, ...(words.length > 2 ? [words] : [])];
  };
  const noteOf = (c: MapCountry) => {
    const n = formalNote(c.partner);
    return n && words.note(n);
  };
  const labels = (variants: (c: MapCountry) => string[][], fallback?: (c: MapCountry) => string[][] | undefined) => placeLabels(g, panels, partners, variants, fallback);
  return {
    id: `partners-map-${g.layout}`,
    layout: g.layout,
    size: g.size,
    fontSize: g.fontSize,
    panels,
    countries: g.countries,
    decor: g.decor,
    labels: {
      group: labels((c) => stacked(nameOf(c))),
      formal: labels(
        (c) => {
          const name = nameOf(c);
          const note = noteOf(c);
          return note ? [[name, note], [t.labelWithNote(name, note)]] : stacked(name);
        },
        // Where a phone's map has no room for the note at all, the name alone (its colour and the key still say it).
        (c) => (noteOf(c) ? stacked(nameOf(c)) : undefined),
      ),
    },
  };
}

/** One view's labels, panel by panel: each keeps off panels drawn over its own, and off its panel's title. */
function placeLabels(
  g: MapGeometry,
  panels: readonly MapPanel[],
  partners: readonly Partner[],
  variants: (c: MapCountry) => string[][],
  fallback?: (c: MapCountry) => string[][] | undefined,
): MapLabel[] {
  const indexOf = new Map(partners.map((p, i) => [p.id, i]));
  const request = (c: MapCountry): MapLabelRequest => {
    const short = fallback?.(c);
    return {
      id: c.partner.id,
      index: indexOf.get(c.partner.id)!,
      variants: variants(c),
      ...(short ? { fallback: short } : {}),
      x: c.x,
      y: c.y,
      kind: c.offMap ? 'arrow' : c.point ? 'point' : 'area',
      ...(c.offMap ? { side: c.offMap } : {}),
      markBox: c.box,
    };
  };
  // A wrapped title reaches up into the main map: its labels keep off it.
  const wrappedTitles = panels.filter((p) => !p.overlay && (p.titleAt?.lines.length ?? 0) > 1).map((p) => p.titleAt!.box);
  const overlaid = panels.filter((p) => p.overlay).flatMap((p) => [{ x: p.box.x - 3, y: p.box.y - 3, width: p.box.width + 6, height: p.box.height + 6 }, ...(p.titleAt ? [p.titleAt.box] : [])]);
  return g.frames.flatMap((b) =>
    placeMapLabelsKept(g.countries.filter((c) => c.panel === b.spec.id).map(request), {
      size: g.fontSize,
      raster: g.rasters.get(b.spec.id)!,
      bounds: { x: b.box.x + 2, y: b.box.y + 2, width: b.box.width - 4, height: b.box.height - 4 },
      frames: panels.find((p) => p.id === b.spec.id)?.frames.map((fr) => fr.box) ?? [],
      blocks: b.spec.id === 'main' ? [...overlaid, ...wrappedTitles] : [],
    }),
  );
}
