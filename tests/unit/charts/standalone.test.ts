/**
 * Standalone files (SVG and PNG downloads, Open Graph cards) carry their own stylesheet, derived
 * from the page's chart CSS. These tests render every chart's standalone SVG, in every layout and
 * switch state, to PNG with resvg as the site does (src/exports/png.ts), and read the pixels with
 * pngjs: nothing falls back to the renderer's black, every line keeps its stroke, and every colour
 * in the key is a colour the drawing wears.
 */
import { PNG } from 'pngjs';
import { describe, expect, test } from 'vitest';
import { data } from '../../../src/data';
import { resolvedCharts } from '../../../src/charts';
import { serialize } from '../../../src/charts/shared/svg';
import { keyFor, switchState } from '../../../src/charts/shared/key';
import { LAYOUTS, type ResolvedChart } from '../../../src/charts/types';
import { svgToPng } from '../../../src/exports/png';

/** Pixels per SVG unit: the site's PNGs are drawn at twice the chart's width. */
const SCALE = 2;
const RENDER = { timeout: 120_000 };

interface Picture {
  width: number;
  height: number;
  rgb(x: number, y: number): [number, number, number];
  /** Pixel positions (in SVG units) where `is` holds, from `top` (SVG units) down. */
  where(is: (r: number, g: number, b: number) => boolean, top?: number): { x: number; y: number }[];
}

function picture(svg: string, width: number): Picture {
  const png = PNG.sync.read(Buffer.from(svgToPng(svg, width * SCALE)));
  const at = (x: number, y: number) => (Math.round(y) * png.width + Math.round(x)) * 4;
  return {
    width: png.width,
    height: png.height,
    rgb: (x, y) => {
      const i = at(x * SCALE, y * SCALE);
      return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    },
    where: (is, top = 0) => {
      const out: { x: number; y: number }[] = [];
      for (let y = Math.ceil(top * SCALE); y < png.height; y++)
        for (let x = 0; x < png.width; x++) {
          const i = (y * png.width + x) * 4;
          if (is(png.data[i]!, png.data[i + 1]!, png.data[i + 2]!)) out.push({ x: x / SCALE, y: y / SCALE });
        }
      return out;
    },
  };
}

/**
 * The renderer's default fill is black. No chart colour is that dark (the darkest, the text colour,
 * sums to 86 over its channels) and anti-aliasing only mixes colours, so a pixel this dark is a
 * mark that got no fill from the stylesheet.
 */
const BLACK = (r: number, g: number, b: number) => r + g + b < 40;
/** A stroke that only this test's rule gives: nothing in the palette is near it. */
const PROBE = '#ff00ff';
const PROBED = (r: number, g: number, b: number) => r > 200 && g < 60 && b > 200;
/**
 * Lines and classed paths draw their stroke from their own rules: a stroke the stylesheet does not
 * set is no stroke at all (invisible, not black). This lowest-specificity rule paints such a stroke
 * in PROBE, so a missing one shows; any rule of the chart's own wins over it.
 */
const probeStrokes = (svg: string) => svg.replace('</style>', `\nline,path[class]{stroke:${PROBE}}</style>`);

const describeSpots = (spots: { x: number; y: number }[]) => {
  if (spots.length === 0) return 'none';
  const xs = spots.map((s) => s.x);
  const ys = spots.map((s) => s.y);
  return `${spots.length} px in x ${Math.min(...xs)}–${Math.max(...xs)}, y ${Math.min(...ys)}–${Math.max(...ys)}`;
};

/** Every value of every switch, one at a time, the default first. */
function states(chart: ResolvedChart): Record<string, string>[] {
  const out: Record<string, string>[] = [{}];
  for (const c of chart.controls) if (c.kind === 'switch') for (const o of c.options) if (o.value !== switchState([c])[c.name]) out.push({ [c.name]: o.value });
  return out;
}

const num = (attrs: string, name: string) => Number(new RegExp(`\\s${name}="(-?[\\d.]+)"`).exec(attrs)?.[1] ?? NaN);
/** Where a key swatch is opaque in its own colour: a filled swatch's middle, a ring's or a line's stroke. */
function swatchPoints(svg: string): { what: string; x: number; y: number }[] {
  return [...svg.matchAll(/<(rect|circle|path) class="key-swatch([^"]*)"([^>]*)>/g)].map(([, tag, cls, attrs]) => {
    const what = `${tag}.key-swatch${cls!.replace(/ /g, '.')}`;
    if (tag === 'rect') return { what, x: num(attrs!, 'x') + num(attrs!, 'width') / 2, y: num(attrs!, 'y') + num(attrs!, 'height') / 2 };
    if (tag === 'circle') {
      // A ring (the ring-mark class) is hollow: its colour is its stroke, on the circle itself.
      const ring = / ring-mark\b/.test(cls!);
      return { what, x: num(attrs!, 'cx') + (ring ? num(attrs!, 'r') : 0), y: num(attrs!, 'cy') };
    }
    // The line swatch starts with a vertical stroke: the middle of that stroke.
    const [x, y1, y2] = /d="M([\d.]+),([\d.]+)V([\d.]+)/.exec(attrs!)!.slice(1).map(Number) as [number, number, number];
    return { what, x, y: (y1 + y2) / 2 };
  });
}

const unescape = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const keyHeight = (svg: string) => Number(/<g class="plot" transform="translate\(0 ([\d.]+)\)"/.exec(svg)?.[1] ?? 0);

const charts = resolvedCharts('en', data);

for (const chart of charts) {
  describe(`${chart.id}, standalone`, () => {
    for (const layout of LAYOUTS) {
      for (const state of states(chart)) {
        const label = `${layout}${Object.keys(state).length ? `, ${JSON.stringify(state)}` : ''}`;
        const svg = serialize(chart.render({ layout, theme: 'standalone', state }));
        const { width, height } = chart.standaloneSize(layout, state);
        let drawn: Picture | undefined;
        const seen = () => (drawn ??= picture(svg, width));

        test(`${label}: no visible mark falls back to the renderer's black`, RENDER, () => {
          expect(describeSpots(seen().where(BLACK))).toBe('none');
        });

        test(`${label}: every line and classed path has its stroke from the stylesheet`, RENDER, () => {
          expect(describeSpots(picture(probeStrokes(svg), width).where(PROBED))).toBe('none');
        });

        test(`${label}: every key swatch wears a colour the drawing wears`, RENDER, () => {
          const pic = seen();
          const plotTop = keyHeight(svg);
          const bg = pic.rgb(1, height - 1);
          const stray: string[] = [];
          for (const s of swatchPoints(svg)) {
            const [r, g, b] = pic.rgb(s.x, s.y);
            const hex = `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
            if (r === bg[0] && g === bg[1] && b === bg[2]) stray.push(`${s.what}: shows only the background`);
            else if (pic.where((R, G, B) => R === r && G === g && B === b, plotTop).length < 4) stray.push(`${s.what}: ${hex} is worn by no mark`);
          }
          expect(stray).toEqual([]);
        });

        test(`${label}: is as large as standaloneSize() says, and its root carries the switch state`, () => {
          expect(svg).toMatch(new RegExp(`^<svg [^>]*viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"`));
          const root = /^<svg [^>]*>/.exec(svg)![0];
          for (const [name, value] of Object.entries(switchState(chart.controls, state))) expect(root).toContain(` data-${name}="${value}"`);
        });

        test(`${label}: draws the colour key of its state, so the file explains itself`, () => {
          const items = keyFor(chart.key, switchState(chart.controls, state));
          const labels = [...svg.matchAll(/<g class="key-item">\s*<[^>]+>\s*<text[^>]*>([^<]*)<\/text>/g)].map((m) => unescape(m[1]!));
          expect(labels).toEqual(items.map((k) => k.label));
          expect(swatchPoints(svg)).toHaveLength(items.length);
        });
      }
    }
  });
}

describe('the pixel checks see a missing stylesheet', () => {
  for (const chart of charts)
    test(`${chart.id}: without its <style>, marks turn black and lines lose their strokes`, RENDER, () => {
      const svg = serialize(chart.render({ layout: 'narrow', theme: 'standalone' })).replace(/<style>[\s\S]*?<\/style>/, '<style></style>');
      const { width } = chart.standaloneSize('narrow');
      expect(picture(svg, width).where(BLACK).length).toBeGreaterThan(0);
      expect(picture(probeStrokes(svg), width).where(PROBED).length).toBeGreaterThan(0);
    });
});
