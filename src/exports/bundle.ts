/**
 * The classroom bundle: every chart's PNG, SVG and CSV in one zip, with a README that says what is
 * inside, how to cite it and under which licence. Built with fflate; dates are fixed so the same
 * input makes the same bytes.
 */
import { zipSync, strToU8 } from 'fflate';
import { cachedBytes, packageVersion } from '../lib/build-cache';

export interface BundleFile {
  path: string;
  content: string | Uint8Array;
}

/**
 * A fixed timestamp: zip entries carry one, and builds must be byte-identical. A zip stores a
 * wall-clock time with no zone, which fflate reads from the Date in the machine's local zone, so
 * the date is made from local parts: 18 September 2024, 00:00, in every zone.
 */
const MTIME = new Date(2024, 8, 18, 0, 0, 0);

/** The zip of `files`, kept on disk between builds (src/lib/build-cache.ts): deflating them is most of a bundle's time. */
export function zipFiles(files: readonly BundleFile[]): Uint8Array {
  const tree: Record<string, [Uint8Array, { mtime: Date; level: 0 | 6 }]> = {};
  for (const f of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const bytes = typeof f.content === 'string' ? strToU8(f.content) : f.content;
    // PNGs are already compressed; deflating them again only costs time.
    tree[f.path] = [bytes, { mtime: MTIME, level: f.path.endsWith('.png') ? 0 : 6 }];
  }
  const key = [packageVersion('fflate'), String(MTIME.getTime()), ...Object.entries(tree).flatMap(([path, [bytes, { level }]]) => [path, String(level), bytes])];
  return cachedBytes('zip', key, () => zipSync(tree));
}
