/**
 * The font of every file a chart becomes off the site (SVG, PNG, Open Graph card): Source Sans 3,
 * the site's UI and chart font. PNGs are drawn by resvg with the TTFs of @expo-google-fonts (resvg
 * reads no WOFF2); a standalone SVG carries the site's own variable WOFF2 files (fontsource, Latin
 * and Latin Extended), subset to the characters it shows, so that it looks like the site in any
 * browser whether or not the reader has the font installed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cachedSubset } from '../lib/subset-cache';

const require = createRequire(import.meta.url);
const WEIGHTS = [
  { weight: 400, file: '400Regular' },
  { weight: 600, file: '600SemiBold' },
  { weight: 700, file: '700Bold' },
] as const;

const fontPath = (file: string) => require.resolve(`@expo-google-fonts/source-sans-3/${file}/SourceSans3_${file}.ttf`);

/** The TTF files resvg draws with. */
export const FONT_FILES: readonly string[] = WEIGHTS.map((w) => fontPath(w.file));

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Every character an SVG can show: the text between its tags, entities decoded. */
export function shownCharacters(svg: string): string {
  const text = svg
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? m),
    );
  return [...new Set([...text, ' '])].filter((c) => !/[\n\r\t]/.test(c)).sort().join('');
}

const WEB = '@fontsource-variable/source-sans-3';
const SUBSETS = ['latin', 'latin-ext'] as const;
const webFontPath = (subset: string) => require.resolve(`${WEB}/files/source-sans-3-${subset}-wght-normal.woff2`);
const webFont = (subset: string) => readFileSync(webFontPath(subset));
// The package's exports map hides unicode.json; it sits next to files/.
const ranges = JSON.parse(readFileSync(join(dirname(webFontPath('latin')), '..', 'unicode.json'), 'utf8')) as Record<(typeof SUBSETS)[number], string>;

const cache = new Map<string, Promise<string>>();

/** Whether a code point lies in a CSS unicode-range ("U+0000-00FF,U+0131"). */
function inRange(range: string, cp: number): boolean {
  return range.split(',').some((part) => {
    const [lo, hi = lo] = part.trim().replace(/^U\+/i, '').split('-');
    return cp >= parseInt(lo!, 16) && cp <= parseInt(hi!, 16);
  });
}

const face = (woff2: Uint8Array, weight: string, range: string) =>
  `@font-face{font-family:'Source Sans 3';font-style:normal;font-weight:${weight};src:url(data:font/woff2;base64,${Buffer.from(woff2).toString('base64')}) format('woff2');unicode-range:${range}}`;

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * `@font-face` rules for Source Sans 3 holding only the glyphs `svg` shows: the site's variable
 * font (every weight), one rule per fontsource subset with its unicode-range as on the site, and,
 * for the few characters those subsets leave out (≈, →), the regular TTF. Every rule has the same
 * descriptors (weight 200–900): Chromium joins only such rules into one font, and a rule with its
 * own weight would take over that weight with its few glyphs.
 */
export function embeddedFontFaces(svg: string): Promise<string> {
  const chars = shownCharacters(svg);
  let css = cache.get(chars);
  if (!css) {
    const rest = [...chars].filter((c) => !SUBSETS.some((s) => inRange(ranges[s], c.codePointAt(0)!)));
    const restRange = rest.map((c) => hex(c.codePointAt(0)!)).join(',');
    css = Promise.all([
      ...SUBSETS.map(async (subset) => face(await cachedSubset(webFont(subset), chars, { targetFormat: 'woff2' }), '200 900', ranges[subset])),
      ...(rest.length
        ? [(async () => face(await cachedSubset(readFileSync(fontPath('400Regular')), rest.join(''), { targetFormat: 'woff2' }), '200 900', restRange))()]
        : []),
    ]).then((rules) => rules.join('\n'));
    cache.set(chars, css);
  }
  return css;
}

/** The SVG with the subset fonts in a `<style>` right after its root tag. */
export async function withEmbeddedFonts(svg: string): Promise<string> {
  const css = await embeddedFontFaces(svg);
  return svg.replace(/(<svg\b[^>]*>)/, `$1\n<style>${css}</style>`);
}
