/** CSS `unicode-range` values ("U+0000-00FF, U+0131") as code points, and back. */

export type CodePointRange = readonly [number, number];

export function parseUnicodeRange(range: string): CodePointRange[] {
  return range
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter(Boolean)
    .map((part) => {
      const [lo, hi = lo] = part.split('-') as [string, string?];
      return [parseInt(lo, 16), parseInt(hi!, 16)] as const;
    });
}

export const inRanges = (ranges: readonly CodePointRange[], cp: number): boolean => ranges.some(([lo, hi]) => cp >= lo && cp <= hi);

const hex = (cp: number) => cp.toString(16).toUpperCase().padStart(4, '0');

/** The shortest `unicode-range` for a set of code points: runs of consecutive points become one span. */
export function formatUnicodeRange(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const spans: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    spans.push(i === j ? `U+${hex(sorted[i]!)}` : `U+${hex(sorted[i]!)}-${hex(sorted[j]!)}`);
    i = j + 1;
  }
  return spans.join(', ');
}
