/**
 * Whether a chart's labels fit, read back from a built page: every `<svg viewBox>` of a chart
 * figure, each text measured with the widths the layouts use (tests/unit/charts/helpers/svg-boxes.ts,
 * as the registry tests do), must lie inside the drawing and overlap no other text.
 */
import { textBoxes, type TextBox } from '../unit/charts/helpers/svg-boxes';

/** The drawings of a page's chart figures: each `<svg>` with a viewBox, with its size. */
export function chartSvgs(html: string): { width: number; height: number; svg: string }[] {
  const out: { width: number; height: number; svg: string }[] = [];
  for (const m of html.matchAll(/<svg\b[^>]*\sviewBox="0 0 ([\d.]+) ([\d.]+)"[^>]*>[\s\S]*?<\/svg>/g)) out.push({ width: Number(m[1]), height: Number(m[2]), svg: m[0] });
  return out;
}

/** How much two boxes share, in square units. */
const shared = (a: TextBox, b: TextBox) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/** What does not fit in one drawing: labels past its edges, and pairs of labels drawn over each other. */
export function misfits({ width, height, svg }: { width: number; height: number; svg: string }): string[] {
  const boxes = textBoxes(svg).filter((b) => b.text.trim());
  const out: string[] = [];
  for (const b of boxes) {
    if (b.x < -0.5 || b.x + b.width > width + 0.5) out.push(`“${b.text}” runs past the side (${b.x.toFixed(1)}…${(b.x + b.width).toFixed(1)} of ${width})`);
    if (b.y < -0.5 || b.y + b.height > height + 1) out.push(`“${b.text}” runs past the top or bottom (${b.y.toFixed(1)}…${(b.y + b.height).toFixed(1)} of ${height})`);
  }
  // One pixel of shared box is two glyphs' side bearings, not a collision.
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) if (shared(boxes[i]!, boxes[j]!) > 1) out.push(`“${boxes[i]!.text}” overlaps “${boxes[j]!.text}”`);
  return out;
}
