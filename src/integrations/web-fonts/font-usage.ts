/**
 * What the built CSS asks of a font beyond its characters: the weights it sets (so that a variable
 * font's weight axis can be cut to them) and the OpenType features it turns on (tabular figures),
 * which a subset must keep.
 */

const KEYWORD_WEIGHTS: Record<string, number> = { normal: 400, bold: 700, bolder: 700, lighter: 300 };

/** The lowest and highest weight the CSS uses, with normal text (400) and the browser's bold (700: headings, <strong>, <th>). */
export function usedWeightRange(css: string): [number, number] {
  const weights = [400, 700];
  // A @font-face's weight describes a file, not a use.
  const rules = css.replace(/@font-face\s*\{[^}]*\}/g, '');
  for (const m of rules.matchAll(/font-weight\s*:\s*([a-z]+|\d{3})/g)) {
    const v = m[1]!;
    const w = /^\d+$/.test(v) ? Number(v) : KEYWORD_WEIGHTS[v];
    if (w !== undefined) weights.push(w);
  }
  return [Math.min(...weights), Math.max(...weights)];
}

/** Features a browser applies by default to Latin text, which every subset keeps. */
const DEFAULT_FEATURES = ['kern', 'liga', 'clig', 'calt', 'ccmp', 'locl', 'mark', 'mkmk', 'rlig'];

const VARIANT_FEATURES: Record<string, string> = {
  'tabular-nums': 'tnum',
  'proportional-nums': 'pnum',
  'oldstyle-nums': 'onum',
  'lining-nums': 'lnum',
  'diagonal-fractions': 'frac',
  'stacked-fractions': 'afrc',
  ordinal: 'ordn',
  'slashed-zero': 'zero',
  'small-caps': 'smcp',
  'all-small-caps': 'c2sc',
};

export function usedFeatures(css: string): string[] {
  const out = new Set(DEFAULT_FEATURES);
  for (const m of css.matchAll(/font-variant(?:-numeric|-caps)?\s*:\s*([^;}]+)/g)) {
    for (const word of m[1]!.trim().split(/\s+/)) {
      const f = VARIANT_FEATURES[word];
      if (f) out.add(f);
      if (word === 'all-small-caps') out.add('smcp');
    }
  }
  for (const m of css.matchAll(/font-feature-settings\s*:\s*([^;}]+)/g)) {
    for (const tag of m[1]!.matchAll(/["']([a-zA-Z0-9]{4})["']/g)) out.add(tag[1]!);
  }
  return [...out].sort();
}
