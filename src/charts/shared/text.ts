/**
 * Text measuring without a DOM. Charts render at build time in Node, so label widths are estimated
 * from per-character widths of a wide system sans-serif (DejaVu Sans, the widest common fallback,
 * in em units). The estimate errs wide, so labels that "fit" here fit in the browser too.
 */
const NARROW = new Set([...'iljtf.,:;|!\'’ ()[]1I']);
const WIDE = new Set([...'mwMW%@']);
const CAPS = /[A-Z0-9–—]/;

export function textWidth(s: string, size: number, weight: 'normal' | 'bold' = 'normal'): number {
  let em = 0;
  for (const ch of s) {
    if (NARROW.has(ch)) em += 0.32;
    else if (WIDE.has(ch)) em += 0.9;
    else if (CAPS.test(ch)) em += 0.7;
    else em += 0.6;
  }
  return em * size * (weight === 'bold' ? 1.14 : 1);
}

/** Greedy word wrap to a width; never breaks inside a word. */
export function wrap(s: string, size: number, maxWidth: number, weight: 'normal' | 'bold' = 'normal'): string[] {
  const words = s.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (line && textWidth(next, size, weight) > maxWidth) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const overlaps = (a: Box, b: Box, pad = 0): boolean =>
  a.x < b.x + b.width + pad && b.x < a.x + a.width + pad && a.y < b.y + b.height + pad && b.y < a.y + a.height + pad;

export const inside = (a: Box, b: Box): boolean =>
  a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;
