/**
 * partners-map: where the map's panels sit and what each projects. The wide map is one panel with
 * Central Asia zoomed over the Sahel; the phone map is a main map of Eurasia with a row of zoomed
 * panels (Central Asia, South-East Asia) under it. Each panel has its own projection, fitted to its
 * crop and clipped to its box once. Pure: no DOM.
 */
import { geoEqualEarth, geoPath, type GeoPath, type GeoProjection } from 'd3-geo';
import type { Feature, Polygon } from 'geojson';
import type { ChartLayoutName } from '../types';
import type { Box } from '../shared/text';

export type PanelId = 'main' | 'central-asia' | 'south-east-asia';

interface Crop {
  lon: [number, number];
  lat: [number, number];
}

interface PanelSpec {
  id: PanelId;
  crop: Crop;
  /** Drawn over the main map (with its title on its top edge), not beside it. */
  overlay: boolean;
}

/** A panel placed at a layout's width, with the projection and path generator it draws with. */
export interface PanelFrame {
  spec: PanelSpec;
  box: Box;
  projection: GeoProjection;
  /** Paths rounded to 0.1 unit: what the SVG carries. */
  path: GeoPath;
}

const MAIN_CROP: Record<ChartLayoutName, Crop> = {
  // Germany to Korea, the Arctic coast to Singapore: Cuba is an arrow at the western edge.
  wide: { lon: [4, 146], lat: [-3, 71] },
  narrow: { lon: [4, 146], lat: [-2, 71] },
};
const CENTRAL_ASIA: Crop = { lon: [52.4, 75.4], lat: [35.1, 45.7] };
export const SOUTH_EAST_ASIA: Crop = { lon: [99.5, 121], lat: [-3, 23.5] };

/** The phone map is designed 288 px wide: a 320 px screen minus its margins, so 1 unit is 1 CSS px there. */
export const NARROW_WIDTH = 288;
/** The wide map's Central Asia panel, over the Sahel. */
const WIDE_INSET = { width: 250, height: 136, margin: 6 };
/** The phone map's row of zoomed panels under the main map. */
const NARROW_INSETS = { titleGap: 6, title: 18, height: 150, gap: 8, split: 176 };

/** A crop's outline, densified so that it projects as the curved frame it is. */
export function frameOutline(c: Crop): Feature<Polygon> {
  const ring: [number, number][] = [];
  for (let lon = c.lon[0]; lon <= c.lon[1]; lon += 1) ring.push([lon, c.lat[0]]);
  for (let lat = c.lat[0]; lat <= c.lat[1]; lat += 1) ring.push([c.lon[1], lat]);
  for (let lon = c.lon[1]; lon >= c.lon[0]; lon -= 1) ring.push([lon, c.lat[1]]);
  for (let lat = c.lat[1]; lat >= c.lat[0]; lat -= 1) ring.push([c.lon[0], lat]);
  ring.push(ring[0]!);
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring.reverse()] } };
}

/** The crop's central meridian: the projection turns it to the middle. */
export const midLongitude = (c: Crop) => (c.lon[0] + c.lon[1]) / 2;

/** The main map's height at a width, so it has no empty bands. */
function mainHeight(layout: ChartLayoutName, width: number): number {
  const crop = MAIN_CROP[layout];
  const p = geoEqualEarth().rotate([-midLongitude(crop), 0]).fitWidth(width, frameOutline(crop));
  const [[, y0], [, y1]] = geoPath(p).bounds(frameOutline(crop));
  return Math.round(y1 - y0);
}

/** Where each panel sits at a layout's width. */
function panelBoxes(layout: ChartLayoutName, width: number): { spec: PanelSpec; box: Box }[] {
  const h = mainHeight(layout, width);
  const main = { spec: { id: 'main' as const, crop: MAIN_CROP[layout], overlay: false }, box: { x: 0, y: 0, width, height: h } };
  if (layout === 'wide') {
    const { width: w, height: ih, margin } = WIDE_INSET;
    return [main, { spec: { id: 'central-asia', crop: CENTRAL_ASIA, overlay: true }, box: { x: margin, y: h - margin - ih, width: w, height: ih } }];
  }
  const { titleGap, title, split, gap, height } = NARROW_INSETS;
  const y = h + titleGap + title;
  return [
    main,
    { spec: { id: 'central-asia', crop: CENTRAL_ASIA, overlay: false }, box: { x: 0, y, width: split, height } },
    { spec: { id: 'south-east-asia', crop: SOUTH_EAST_ASIA, overlay: false }, box: { x: split + gap, y, width: width - split - gap, height } },
  ];
}

/** The height of a layout at a width: the main map, and on phones the row of zoomed panels. */
export function mapHeight(layout: ChartLayoutName, width: number): number {
  return Math.max(...panelFrames(layout, width).map((b) => Math.round(b.box.y + b.box.height)));
}

/** A panel's projection: its crop fitted into its box (zoomed panels keep a 4-unit margin), clipped to the box. */
function projectionIn(spec: PanelSpec, box: Box): GeoProjection {
  const pad = spec.id === 'main' ? 0 : 4;
  return geoEqualEarth()
    .rotate([-midLongitude(spec.crop), 0])
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

const framesMade = new Map<string, readonly PanelFrame[]>();

/**
 * Every panel of a layout at a width, main map first. Made once per layout and width: the map,
 * its PNGs and every story step's frame ask for the same panels, and fitting a projection is the
 * slow part. Read-only (the projections are never changed after they are fitted).
 */
export function panelFrames(layout: ChartLayoutName, width: number): readonly PanelFrame[] {
  const key = `${layout} ${width}`;
  let frames = framesMade.get(key);
  if (!frames) {
    frames = panelBoxes(layout, width).map(({ spec, box }) => {
      const projection = projectionIn(spec, box);
      return { spec, box, projection, path: geoPath(projection).digits(1) };
    });
    framesMade.set(key, frames);
  }
  return frames;
}

/** Whether a longitude/latitude box lies wholly inside a crop. */
export const withinCrop = (b: [[number, number], [number, number]], c: Crop) =>
  b[0][0] >= c.lon[0] && b[1][0] <= c.lon[1] && b[0][1] >= c.lat[0] && b[1][1] <= c.lat[1];

/** Whether a projected point lies in a panel's box (its edges included). */
export const inBox = (b: Box, x: number, y: number) => x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height;
