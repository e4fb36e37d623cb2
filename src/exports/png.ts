/** SVG to PNG at build time with resvg, using fonts shipped in node_modules so output is the same everywhere. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { cachedBytes, packageVersion } from '../lib/build-cache';
import { FONT_FILES } from './fonts';
import { token } from '../styles/tokens';

const FONTS = [...FONT_FILES];

/** Everything but the SVG and the width that a PNG depends on: resvg's version, the fonts' bytes, the background. */
let pngKey: string[] | undefined;

/** Renders an SVG string to PNG bytes at the given width (height follows the aspect ratio). Cached on disk: resvg takes a while per image. */
export function svgToPng(svg: string, width: number): Uint8Array {
  pngKey ??= [packageVersion('@resvg/resvg-js'), ...FONTS.map((f) => createHash('sha256').update(readFileSync(f)).digest('hex')), token('--bg')];
  return cachedBytes('png', [...pngKey, String(Math.round(width)), svg], () => {
    const resvg = new Resvg(svg, {
      fitTo: { mode: 'width', value: Math.round(width) },
      font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'Source Sans 3', sansSerifFamily: 'Source Sans 3' },
      background: token('--bg'),
    });
    return resvg.render().asPng();
  });
}

/** Width and height of a PNG, read from its header. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
