/**
 * The colour key of a standalone file. On the page the key is HTML above the chart (Chart.astro);
 * a file that travels alone (a PNG on a slide) carries the same items, drawn in SVG in a strip
 * above the chart. The strip adds to the chart's height: `ResolvedChart.standaloneSize()` gives the real size.
 */
import type { ChartControl, ChartLayoutName, KeyItem } from '../types';
import { el, type SvgNode } from './svg';
import { textWidth } from './text';

/** The value of every switch: the one asked for, else its initial value (as without JavaScript). */
export function switchState(controls: readonly ChartControl[], asked: Readonly<Record<string, string>> = {}): Record<string, string> {
  const state: Record<string, string> = {};
  for (const c of controls) {
    if (c.kind !== 'switch') continue;
    const want = asked[c.name];
    state[c.name] = want !== undefined && c.options.some((o) => o.value === want) ? want : (c.initial ?? c.options[0]?.value ?? '');
  }
  return state;
}

/** The initial switch state as figure attributes (`data-view="group"`), which the chart CSS reads. */
export const stateAttributes = (controls: readonly ChartControl[]): Record<string, string> =>
  Object.fromEntries(Object.entries(switchState(controls)).map(([name, value]) => [`data-${name}`, value]));

/** The items shown in a state, as on the page: a switch value's own items replace the static key. */
export function keyFor(items: readonly KeyItem[], state: Readonly<Record<string, string>>): KeyItem[] {
  const own = items.filter((k) => k.when && state[k.when.name] === k.when.value);
  return own.length ? own : items.filter((k) => !k.when);
}

const FONT: Record<ChartLayoutName, number> = { wide: 13, narrow: 12 };
const ROW = 1.6;
const GAP_ITEMS = 18;
const GAP_LABEL = 6;
/** Space between the key and the chart below it. */
const GAP_BELOW = 12;

const swatchWidth = (shape: KeyItem['shape'], f: number) => (shape === 'band' ? f * 1.7 : shape === 'line' ? f * 1.3 : f);

function swatch(k: KeyItem, x: number, cy: number, f: number): SvgNode {
  const s = f * 0.92;
  switch (k.shape) {
    case 'dot':
      return el('circle', { class: `key-swatch ${k.swatch}`, cx: x + f / 2, cy, r: s / 2 });
    case 'ring':
      return el('circle', { class: `key-swatch ${k.swatch}`, cx: x + f / 2, cy, r: s / 2 - 1.2 });
    case 'band':
      return el('rect', { class: `key-swatch ${k.swatch}`, x, y: cy - s * 0.42, width: f * 1.7, height: s * 0.84, rx: 2 });
    case 'line': {
      const w = f * 1.3;
      return el('path', { class: `key-swatch ${k.swatch}`, d: `M${x + 1},${cy + s * 0.35}V${cy - s * 0.3}H${x + w - 1}V${cy + s * 0.35}` });
    }
    case 'dashed':
      // The page's swatch class only names the item; the look is the map's dashed outline.
      return el('rect', { class: 'key-swatch key-dashed', x: x + 1, y: cy - s / 2 + 1, width: s - 2, height: s - 2 });
    default:
      return el('rect', { class: `key-swatch ${k.swatch}`, x, y: cy - s / 2, width: s, height: s, rx: 2 });
  }
}

/**
 * The key strip: items in aligned columns when at least two fit the width (balanced, so that the
 * last row is not nearly empty), else one after another, wrapped. Empty (height 0) without items.
 */
export function keyBlock(items: readonly KeyItem[], width: number, layout: ChartLayoutName): { height: number; node: SvgNode | null } {
  if (items.length === 0) return { height: 0, node: null };
  const f = FONT[layout];
  const rowH = f * ROW;
  const widths = items.map((k) => swatchWidth(k.shape, f) + GAP_LABEL + textWidth(k.label, f));
  const colW = Math.max(...widths) + GAP_ITEMS;
  let columns = Math.min(items.length, Math.floor((width + GAP_ITEMS) / colW));
  if (columns >= 2) columns = Math.ceil(items.length / Math.ceil(items.length / columns));
  const positions: { x: number; row: number }[] = [];
  if (columns >= 2) items.forEach((_, i) => positions.push({ x: (i % columns) * colW, row: Math.floor(i / columns) }));
  else {
    let x = 0;
    let row = 0;
    widths.forEach((w) => {
      if (x > 0 && x + w > width) {
        x = 0;
        row++;
      }
      positions.push({ x, row });
      x += w + GAP_ITEMS;
    });
  }
  const nodes = items.map((k, i) => {
    const { x, row } = positions[i]!;
    const cy = row * rowH + rowH / 2;
    const sw = swatchWidth(k.shape, f);
    return el('g', { class: 'key-item' }, [swatch(k, x, cy, f), el('text', { class: 'label', x: x + sw + GAP_LABEL, y: cy + f * 0.36, 'font-size': f }, [k.label])]);
  });
  const rows = Math.max(...positions.map((p) => p.row)) + 1;
  return { height: Math.ceil(rows * rowH + GAP_BELOW), node: el('g', { class: 'key' }, nodes) };
}
