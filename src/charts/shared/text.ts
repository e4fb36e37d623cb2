/**
 * Text measuring without a DOM. Charts render at build time in Node, so label widths come from
 * the fonts' own advance widths and kerning (read with fontkit from the files named in
 * chart-font.ts), in the design font and in the Arial-metric fallback, whichever is wider: a
 * label that fits here fits in the browser whichever of the two draws it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';
import { keptTable, packageVersion } from '../../lib/build-cache';
import { MEASURED_FONTS, type FontWeight } from './chart-font';

/** The weights callers name: CSS keywords or numbers. */
export type Weight = 'normal' | 'bold' | FontWeight;

const require = createRequire(import.meta.url);

/** For a character the font lacks, which the browser then draws in another font: an em, erring wide. */
const MISSING_EM = 1;

/**
 * One font file's widths in em. A string's width is the sum of its characters' advances plus,
 * for each neighbouring pair, what shaping the pair alone changes (kerning, and ligatures such as
 * "fi"): shaping every string whole costs about 0.3 ms, a lookup almost nothing.
 */
class FontWidths {
  private readonly bytes: Buffer;
  private parsed: Font | undefined;
  /**
   * Advances (by character) and pair adjustments (by pair), kept on disk between builds: they
   * depend only on the font's bytes and fontkit, and reading the font and shaping its pairs again
   * costs a few hundred milliseconds of every build.
   */
  private readonly advances: Map<string, number>;
  private readonly pairs: Map<string, number>;

  constructor(private readonly file: string) {
    this.bytes = readFileSync(require.resolve(file));
    const key = [packageVersion('fontkit'), createHash('sha256').update(this.bytes).digest('hex')];
    this.advances = keptTable('text-advances', key);
    this.pairs = keptTable('text-pairs', key);
  }

  /** Parsed only when a width is not known yet. */
  private get font(): Font {
    if (!this.parsed) {
      const font = create(this.bytes);
      if (!('layout' in font)) throw new Error(`${this.file} is a font collection, not one font`);
      this.parsed = font;
    }
    return this.parsed;
  }

  /**
   * The same values by number (a pair as a × 0x110000 + b), in front of the kept tables: layouts
   * measure hundreds of thousands of strings a build, and a string key is made for every lookup.
   */
  private readonly advanceOf = new Map<number, number>();
  private readonly pairOf = new Map<number, number>();

  /** A character's advance in em; NaN when the font has no glyph for it. */
  private advance(cp: number): number {
    let a = this.advanceOf.get(cp);
    if (a !== undefined) return a;
    const key = String(cp);
    a = this.advances.get(key);
    if (a === undefined) {
      a = this.font.hasGlyphForCodePoint(cp) ? this.font.glyphForCodePoint(cp).advanceWidth / this.font.unitsPerEm : NaN;
      this.advances.set(key, a);
    }
    this.advanceOf.set(cp, a);
    return a;
  }

  private pair(a: number, b: number): number {
    const code = a * 0x110000 + b;
    let k = this.pairOf.get(code);
    if (k !== undefined) return k;
    const key = String.fromCodePoint(a, b);
    k = this.pairs.get(key);
    if (k === undefined) {
      k = this.font.layout(key).advanceWidth / this.font.unitsPerEm - this.advance(a) - this.advance(b);
      this.pairs.set(key, k);
    }
    this.pairOf.set(code, k);
    return k;
  }

  /** Width of a string in em. */
  em(s: string): number {
    let w = 0;
    let prev = -1;
    let prevKnown = false;
    for (let i = 0; i < s.length; i++) {
      const cp = s.codePointAt(i)!;
      if (cp > 0xffff) i++;
      const a = this.advance(cp);
      const known = !Number.isNaN(a);
      w += known ? a : MISSING_EM;
      if (prevKnown && known) w += this.pair(prev, cp);
      prev = cp;
      prevKnown = known;
    }
    return w;
  }
}

const loaded = new Map<string, FontWidths>();
const widthsOf = (file: string): FontWidths => {
  let f = loaded.get(file);
  if (!f) loaded.set(file, (f = new FontWidths(file)));
  return f;
};

const numeric = (weight: Weight): FontWeight => (weight === 'normal' ? 400 : weight === 'bold' ? 700 : weight);

/** Width in px of `s` drawn in the design font alone (Source Sans 3), for tests. */
export const designWidth = (s: string, size: number, weight: Weight = 'normal'): number =>
  widthsOf(MEASURED_FONTS.design[numeric(weight)]).em(s) * size;

/** Width in px of `s` drawn in the Arial-metric fallback alone (Arimo), for tests. */
export const fallbackWidth = (s: string, size: number, weight: Weight = 'normal'): number =>
  widthsOf(MEASURED_FONTS.fallback[numeric(weight)]).em(s) * size;

// Layouts ask for the same strings hundreds of thousands of times a build (the timeline tries
// every hang of its flags), so each weight keeps the width of every string it has measured.
const widest = new Map<FontWeight, Map<string, number>>();

/** Width in px of `s` at `size` px: the wider of the design font and the fallback. */
export function textWidth(s: string, size: number, weight: Weight = 'normal'): number {
  const w = numeric(weight);
  let cache = widest.get(w);
  if (!cache) widest.set(w, (cache = new Map()));
  let em = cache.get(s);
  if (em === undefined) {
    em = Math.max(widthsOf(MEASURED_FONTS.design[w]).em(s), widthsOf(MEASURED_FONTS.fallback[w]).em(s));
    cache.set(s, em);
  }
  return em * size;
}

/** Greedy word wrap to a width; never breaks inside a word. */
export function wrap(s: string, size: number, maxWidth: number, weight: Weight = 'normal'): string[] {
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
