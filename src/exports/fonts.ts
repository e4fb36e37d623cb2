/**
 * The font of every file a chart becomes off the site (SVG, PNG, Open Graph card): Source Sans 3,
 * the site's UI and chart font. PNGs are drawn by resvg with these TTFs; a standalone SVG carries
 * the same TTFs as WOFF2 subsets of only the characters it shows, so it looks the same in any
 * browser whether or not the reader has the font installed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';

export { SANS_STACK } from '../charts/shared/standalone';

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

const cache = new Map<string, Promise<string>>();

/** `@font-face` rules for Source Sans 3 (400, 600, 700) holding only the glyphs `svg` shows. */
export function embeddedFontFaces(svg: string): Promise<string> {
  const chars = shownCharacters(svg);
  let css = cache.get(chars);
  if (!css) {
    css = Promise.all(
      WEIGHTS.map(async (w) => {
        const woff2 = await subsetFont(readFileSync(fontPath(w.file)), chars, { targetFormat: 'woff2' });
        return `@font-face{font-family:'Source Sans 3';font-style:normal;font-weight:${w.weight};src:url(data:font/woff2;base64,${Buffer.from(woff2).toString('base64')}) format('woff2')}`;
      }),
    ).then((rules) => rules.join('\n'));
    cache.set(chars, css);
  }
  return css;
}

/** The SVG with the subset fonts in a `<style>` right after its root tag. */
export async function withEmbeddedFonts(svg: string): Promise<string> {
  const css = await embeddedFontFaces(svg);
  return svg.replace(/(<svg\b[^>]*>)/, `$1\n<style>${css}</style>`);
}
