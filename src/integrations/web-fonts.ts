/**
 * Subsets the site's web fonts to the characters the built site shows, after the build.
 *
 * Astro's Fonts API copies each configured font file (fontsource's variable WOFF2, every weight,
 * hundreds of glyphs) into _astro/fonts/ and writes its @font-face rules inline in every page. When
 * the build is done this integration reads every page, stylesheet and client script for what can
 * reach the screen (./web-fonts/shown-text.ts), cuts each file to those characters, the weights the
 * CSS uses and the features it turns on, names the result by its content (other glyphs, other name:
 * caches stay right) and rewrites the rules and the style hashes in each page's CSP. A rule left
 * with no character to draw is removed, so its file is never requested. The glyph set comes from
 * what was built, so a page in another language brings its own letters (ä, ß) into the subset.
 *
 * The subsets keep the name table's copyright (with the Reserved Font Name notice), licence and
 * licence URL (name IDs 0, 13, 14), as the SIL Open Font Licence asks; the licence texts ship
 * beside them in fonts/.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cachedSubset } from '../lib/subset-cache.ts';
import { filesUnder } from './dist-files.ts';
import { fontFaceRules, replaceFontFaces, type FontFaceRule, type FontFaceSwap } from './web-fonts/font-faces.ts';
import { usedFeatures, usedWeightRange } from './web-fonts/font-usage.ts';
import { shownCodePoints } from './web-fonts/shown-text.ts';
import { rewriteStyles } from './style-hashes.ts';
import { formatUnicodeRange, inRanges, parseUnicodeRange } from './web-fonts/unicode-range.ts';

/** Name IDs kept in every subset: copyright, licence description, licence URL. */
const LICENCE_NAME_IDS = [0, 13, 14];

const inlineStyles = (html: string) => [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);

/** A variable font's weight range in a rule ("200 900"), cut to the weights the CSS uses; undefined for a static font. */
function weightAxis(face: FontFaceRule, used: [number, number]): { min: number; max: number } | undefined {
  const [lo, hi] = (face.weight ?? '').split(/\s+/).map(Number);
  if (lo === undefined || hi === undefined || Number.isNaN(lo) || Number.isNaN(hi)) return undefined;
  const min = Math.max(lo, used[0]);
  const max = Math.min(hi, used[1]);
  return min <= max ? { min, max } : undefined;
}

export interface WebFontsOptions {
  /** Licence files to ship in dist/fonts/, by the name they get there ("LICENSE-source-sans-3.txt"). */
  licences: Record<string, string>;
}

export function webFonts({ licences }: WebFontsOptions): AstroIntegration {
  return {
    name: 'web-fonts',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const fontsDir = join(root, '_astro', 'fonts');
        const files = await filesUnder(root);
        const pages = files.filter((f) => f.endsWith('.html'));
        const sheets = files.filter((f) => f.endsWith('.css'));
        const html = await Promise.all(pages.map((f) => readFile(f, 'utf8')));
        const css = [...(await Promise.all(sheets.map((f) => readFile(f, 'utf8')))), ...html.flatMap(inlineStyles)];
        const js = await Promise.all(files.filter((f) => /\.m?js$/.test(f)).map((f) => readFile(f, 'utf8')));
        const shown = shownCodePoints({ html, css, js });
        const allCss = css.join('\n');
        const weights = usedWeightRange(allCss);
        const features = usedFeatures(allCss);

        // One subset per rule (file, range): the same rule stands in every page.
        const swaps = new Map<string, Promise<FontFaceSwap | null>>();
        const swapFor = (face: FontFaceRule) => {
          const key = `${face.file} ${face.unicodeRange ?? ''} ${face.weight ?? ''}`;
          if (!swaps.has(key)) swaps.set(key, subsetFace(face));
          return swaps.get(key)!;
        };
        const subsetFace = async (face: FontFaceRule): Promise<FontFaceSwap | null> => {
          const ranges = face.unicodeRange ? parseUnicodeRange(face.unicodeRange) : undefined;
          const points = [...shown].filter((cp) => !ranges || inRanges(ranges, cp));
          if (!points.length) return null;
          const axis = weightAxis(face, weights);
          const subset = await cachedSubset(await readFile(join(fontsDir, face.file)), String.fromCodePoint(...points), {
            targetFormat: 'woff2',
            keepFeatures: features,
            preserveNameIds: LICENCE_NAME_IDS,
            ...(axis ? { variationAxes: { wght: axis } } : {}),
          });
          const name = `${createHash('sha256').update(subset).digest('hex').slice(0, 16)}.woff2`;
          await writeFile(join(fontsDir, name), subset);
          return {
            url: face.url.replace(face.file, name),
            unicodeRange: formatUnicodeRange(points),
            ...(axis ? { weight: `${axis.min} ${axis.max}` } : {}),
          };
        };

        const rewrite = async (text: string) => {
          const faces = fontFaceRules(text);
          if (!faces.length) return text;
          const done = new Map<string, FontFaceSwap | null>();
          for (const face of faces) done.set(face.rule, await swapFor(face));
          return replaceFontFaces(text, (face) => done.get(face.rule) ?? null);
        };

        for (const [i, file] of pages.entries()) {
          let page = html[i]!;
          const rewritten = new Map<string, string>();
          for (const style of inlineStyles(page)) rewritten.set(style, await rewrite(style));
          page = rewriteStyles(page, (style) => rewritten.get(style) ?? style);
          if (page !== html[i]) await writeFile(file, page);
        }
        for (const file of sheets) {
          const text = await readFile(file, 'utf8');
          const next = await rewrite(text);
          if (next !== text) await writeFile(file, next);
        }

        // The full files Astro copied are no longer referenced.
        const kept = new Set((await Promise.all(swaps.values())).flatMap((s) => (s ? [basename(s.url)] : [])));
        let before = 0;
        let after = 0;
        for (const f of await readdir(fontsDir)) {
          const size = (await readFile(join(fontsDir, f))).length;
          if (kept.has(f)) after += size;
          else {
            before += size;
            await rm(join(fontsDir, f));
          }
        }

        await mkdir(join(root, 'fonts'), { recursive: true });
        for (const [name, from] of Object.entries(licences)) await copyFile(from, join(root, 'fonts', name));
        logger.info(
          `${kept.size} font files subset to ${shown.size} characters, weights ${weights.join('–')}: ${Math.round(before / 1024)} KB → ${Math.round(after / 1024)} KB`,
        );
      },
    },
  };
}
