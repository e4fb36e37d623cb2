/**
 * partners-map: the frames a story step can zoom to, as viewBoxes of a layout's SVG. Each box has
 * exactly the SVG's aspect ratio, so the drawing's rendered size never changes (no layout shift, no
 * letterboxing), and is at least half the SVG wide, so nothing is magnified more than 2×. Pure.
 */
import { geoPath } from 'd3-geo';
import type { ChartLayoutName, Size } from '../types';
import type { Box } from '../shared/text';
import type { StoryFrame } from '../../schemas/story';
import { frameOutline, panelFrames, SOUTH_EAST_ASIA } from './partners-map.panels';

/** A zoomed panel's title sits above its box (partners-map.layout.ts: baseline 5 above, 12 units high). */
const TITLE_BAND = 18;

/** The content box grown to the SVG's aspect ratio and to half its width, centred on it, kept inside the SVG. */
export function fitFrame(content: Box, size: Size): Box {
  const aspect = size.width / size.height;
  let width = Math.max(content.width, content.height * aspect, size.width / 2);
  width = Math.min(width, size.width);
  const height = width / aspect;
  const clamp = (v: number, len: number, max: number) => Math.min(Math.max(v, 0), max - len);
  return {
    x: clamp(content.x + content.width / 2 - width / 2, width, size.width),
    y: clamp(content.y + content.height / 2 - height / 2, height, size.height),
    width,
    height,
  };
}

const withTitle = (b: Box): Box => ({ x: b.x, y: b.y - TITLE_BAND, width: b.width, height: b.height + TITLE_BAND });

/** Every frame of a layout at its size. South-East Asia has a panel only on phones; on the wide map it is its crop on the main map. */
export function frameBoxes(layout: ChartLayoutName, size: Size): Record<StoryFrame, Box> {
  const panels = panelFrames(layout, size.width);
  const main = panels[0]!;
  const panel = (id: string) => panels.find((p) => p.spec.id === id);
  const central = panel('central-asia')!;
  const seaPanel = panel('south-east-asia');
  const [[x0, y0], [x1, y1]] = geoPath(main.projection).bounds(frameOutline(SOUTH_EAST_ASIA));
  const sea = seaPanel ? withTitle(seaPanel.box) : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
  return {
    world: { x: 0, y: 0, width: size.width, height: size.height },
    'central-asia': fitFrame(withTitle(central.box), size),
    'south-east-asia': fitFrame(sea, size),
  };
}

/** A box as a viewBox attribute, rounded to 0.1 like the drawing. */
export const viewBoxOf = (b: Box): string => [b.x, b.y, b.width, b.height].map((v) => Math.round(v * 10) / 10).join(' ');
