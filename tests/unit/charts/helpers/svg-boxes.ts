/**
 * Boxes of what a rendered chart draws, read back from its SVG string: every <text> (estimated
 * with the same widths the layouts use) and every <rect>/<line>. Tests use them to check that
 * nothing a reader sees overlaps or leaves the frame, whatever the layout code believes.
 */
import { textWidth, type Box } from '../../../../src/charts/shared/text';

export interface TextBox extends Box {
  text: string;
}

const attr = (attrs: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Text boxes: from the baseline, 0.8 em up and 0.22 em down; the width as the layouts estimate it. */
export function textBoxes(svg: string): TextBox[] {
  const out: TextBox[] = [];
  for (const m of svg.matchAll(/<text([^>]*)>(.*?)<\/text>/g)) {
    const a = m[1]!;
    const x = Number(attr(a, 'x'));
    const y = Number(attr(a, 'y'));
    const size = Number(attr(a, 'font-size'));
    if ([x, y, size].some(Number.isNaN)) continue;
    const weightOf = (attrs: string) => (Number(attr(attrs, 'font-weight') ?? 400) >= 600 ? 'bold' : 'normal');
    // Runs of text, each with its weight: a <tspan> may set its own.
    let text = '';
    let w = 0;
    for (const run of m[2]!.matchAll(/<tspan([^>]*)>([^<]*)<\/tspan>|([^<]+)/g)) {
      const t = decode(run[2] ?? run[3] ?? '');
      text += t;
      w += textWidth(t, size, run[1] !== undefined && attr(run[1], 'font-weight') ? weightOf(run[1]) : weightOf(a));
    }
    const anchor = attr(a, 'text-anchor') ?? 'start';
    const left = anchor === 'start' ? x : anchor === 'middle' ? x - w / 2 : x - w;
    out.push({ text, x: left, y: y - size * 0.8, width: w, height: size * 1.02 });
  }
  return out;
}

export function rectBoxes(svg: string, cls?: string): (Box & { cls: string })[] {
  const out: (Box & { cls: string })[] = [];
  for (const m of svg.matchAll(/<rect([^>]*)\/?>/g)) {
    const a = m[1]!;
    const c = attr(a, 'class') ?? '';
    if (cls && !c.split(' ').includes(cls)) continue;
    out.push({ cls: c, x: Number(attr(a, 'x') ?? 0), y: Number(attr(a, 'y') ?? 0), width: Number(attr(a, 'width')), height: Number(attr(a, 'height')) });
  }
  return out;
}

/** Every tooltip of the chart: title and body lines of each [data-mark]. */
export function tooltipLines(svg: string): string[] {
  const lines: string[] = [];
  for (const m of svg.matchAll(/\sdata-tip-(?:title|body)="([^"]*)"/g)) lines.push(...decode(m[1]!).split('\n'));
  return lines;
}
