/**
 * The @font-face rules of Astro's Fonts API, read and rewritten: which file each rule loads, for
 * which characters, weights and style, so that each file can be swapped for a subset of itself.
 */

export interface FontFaceRule {
  /** The whole rule as it stands in the CSS. */
  rule: string;
  /** Its font file's name under _astro/fonts/. */
  file: string;
  url: string;
  unicodeRange?: string;
  weight?: string;
}

const RULE = /@font-face\s*\{[^}]*\}/g;
const URL = /url\("?([^")]*?_astro\/fonts\/([\w.-]+\.woff2))"?\)/;

export function fontFaceRules(css: string): FontFaceRule[] {
  const out: FontFaceRule[] = [];
  for (const [rule] of css.matchAll(RULE)) {
    const url = URL.exec(rule);
    if (!url) continue;
    const unicodeRange = /unicode-range\s*:\s*([^;}]+)/.exec(rule)?.[1]?.trim();
    const weight = /font-weight\s*:\s*([^;}]+)/.exec(rule)?.[1]?.trim();
    out.push({ rule, url: url[1]!, file: url[2]!, ...(unicodeRange ? { unicodeRange } : {}), ...(weight ? { weight } : {}) });
  }
  return out;
}

/** What a rule becomes: another file, fewer characters, a narrower weight range; or gone (null). */
export interface FontFaceSwap {
  url: string;
  unicodeRange: string;
  weight?: string;
}

export function replaceFontFaces(css: string, swap: (rule: FontFaceRule) => FontFaceSwap | null): string {
  return css.replace(RULE, (rule) => {
    const [face] = fontFaceRules(rule);
    if (!face) return rule;
    const next = swap(face);
    if (!next) return '';
    let out = rule.replace(face.url, next.url);
    out = face.unicodeRange ? out.replace(face.unicodeRange, next.unicodeRange) : out.replace(/\}$/, `unicode-range:${next.unicodeRange};}`);
    if (next.weight) out = out.replace(/font-weight\s*:\s*[^;}]+/, `font-weight:${next.weight}`);
    return out;
  });
}
