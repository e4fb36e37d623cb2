/**
 * Whether a chart's labels fit, read back from a built page: each line of text of every chart
 * drawing, measured with the widths the layouts use (src/charts/shared/text.ts, as the registry tests
 * measure them), must lie inside the drawing and overlap no other line.
 */
import { textWidth, type Box } from '../../src/charts/shared/text';
import { decodeEntities } from './visible-text';

interface Line extends Box {
  text: string;
}

/** The chart drawings of a page: each `<svg>` with a viewBox inside a chart's `.chart-svg` (not the key's swatches). */
export function chartSvgs(html: string): { width: number; height: number; svg: string }[] {
  const out: { width: number; height: number; svg: string }[] = [];
  for (const m of html.matchAll(/<div class="chart-svg\b[^"]*"[^>]*>\s*<svg\b[^>]*\sviewBox="0 0 ([\d.]+) ([\d.]+)"[^>]*>[\s\S]*?<\/svg>/g))
    out.push({ width: Number(m[1]), height: Number(m[2]), svg: m[0].replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;')) });
  return out;
}

const attr = (attrs: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];
const weightOf = (attrs: string, inherited: 'bold' | 'normal' = 'normal'): 'bold' | 'normal' => {
  const w = attr(attrs, 'font-weight');
  return w === undefined ? inherited : Number(w) >= 600 ? 'bold' : 'normal';
};

/** Every line of text: a `<text>`, or each of its `<tspan>`s that starts a line of its own (its own x). */
export function textLines(svg: string): Line[] {
  const out: Line[] = [];
  for (const m of svg.matchAll(/<text\b([^>]*)>([\s\S]*?)<\/text>/g)) {
    const a = m[1]!;
    const x = Number(attr(a, 'x'));
    const y = Number(attr(a, 'y'));
    const size = Number(attr(a, 'font-size'));
    if ([x, y, size].some(Number.isNaN)) continue;
    const anchor = attr(a, 'text-anchor') ?? 'start';
    const weight = weightOf(a);
    const place = (text: string, width: number, lx: number, ly: number) => {
      const left = anchor === 'start' ? lx : anchor === 'middle' ? lx - width / 2 : lx - width;
      if (text.trim()) out.push({ text, x: left, y: ly - size * 0.8, width, height: size * 1.02 });
    };
    if (/<tspan\b[^>]*\sx="/.test(m[2]!)) {
      let ly = y;
      for (const t of m[2]!.matchAll(/<tspan\b([^>]*)>([\s\S]*?)<\/tspan>/g)) {
        ly += Number(attr(t[1]!, 'dy') ?? 0);
        const text = decodeEntities(t[2]!.replace(/<[^>]+>/g, ''));
        place(text, textWidth(text, size, weightOf(t[1]!, weight)), Number(attr(t[1]!, 'x') ?? x), ly);
      }
    } else {
      // One line in runs, each with its weight (a date in bold before its title).
      let text = '';
      let width = 0;
      for (const run of m[2]!.matchAll(/<tspan\b([^>]*)>([^<]*)<\/tspan>|([^<]+)/g)) {
        const t = decodeEntities(run[2] ?? run[3] ?? '');
        text += t;
        width += textWidth(t, size, run[1] !== undefined ? weightOf(run[1], weight) : weight);
      }
      place(text, width, x, y);
    }
  }
  return out;
}

/**
 * A drawing as each of its views shows it: a chart with switches draws every view's labels and
 * shows one view's at a time (elements of class `only-<view>`, e.g. the map's `only-formal`).
 */
export function views(svg: string): string[] {
  const names = [...new Set([...svg.matchAll(/class="[^"]*\bonly-([\w-]+)/g)].map((m) => m[1]!))];
  if (names.length === 0) return [svg];
  return names.map((name) => names.filter((n) => n !== name).reduce(withoutElementsOf, svg));
}

/** The SVG without the elements (and their content) that carry the class `only-<view>`. */
function withoutElementsOf(svg: string, view: string): string {
  const start = new RegExp(`<(\\w+)\\b[^>]*class="[^"]*\\bonly-${view}\\b[^"]*"[^>]*?(/?)>`, 'g');
  let out = '';
  let at = 0;
  for (let m = start.exec(svg); m; m = start.exec(svg)) {
    out += svg.slice(at, m.index);
    let end = m.index + m[0].length;
    if (!m[2]) {
      // The element's end: the matching close tag, counting nested elements of the same name.
      const tags = new RegExp(`<(/?)${m[1]}\\b[^>]*?(/?)>`, 'g');
      tags.lastIndex = end;
      for (let depth = 1, t = tags.exec(svg); t; t = tags.exec(svg)) {
        if (t[2]) continue;
        depth += t[1] ? -1 : 1;
        if (depth === 0) {
          end = t.index + t[0].length;
          break;
        }
      }
    }
    at = end;
    start.lastIndex = end;
  }
  return out + svg.slice(at);
}

/** How much two boxes share, in square units. */
const shared = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/** What does not fit in one drawing: lines past its sides, and pairs of lines drawn over each other. */
export function misfits({ width, svg }: { width: number; height: number; svg: string }): string[] {
  return [...new Set(views(svg).flatMap((view) => misfitsOfView(width, view)))];
}

function misfitsOfView(width: number, svg: string): string[] {
  const lines = textLines(svg);
  const out: string[] = [];
  for (const b of lines) if (b.x < -0.5 || b.x + b.width > width + 0.5) out.push(`“${b.text}” runs past the side (${b.x.toFixed(1)}…${(b.x + b.width).toFixed(1)} of ${width})`);
  // A square unit of shared box is two glyphs' side bearings, not a collision.
  for (let i = 0; i < lines.length; i++)
    for (let j = i + 1; j < lines.length; j++) if (shared(lines[i]!, lines[j]!) > 1) out.push(`“${lines[i]!.text}” overlaps “${lines[j]!.text}”`);
  return out;
}
