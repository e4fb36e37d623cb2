/**
 * The classroom bundle: every chart's PNG, SVG and CSV in one zip, with a README that says what is
 * inside, how to cite it and under which licence. Built with fflate; dates are fixed so the same
 * input makes the same bytes.
 */
import { zipSync, strToU8 } from 'fflate';

export interface BundleFile {
  path: string;
  content: string | Uint8Array;
}

/** A fixed timestamp: zip entries carry one, and builds must be byte-identical. */
const MTIME = new Date('2024-09-18T00:00:00Z');

export function zipFiles(files: readonly BundleFile[]): Uint8Array {
  const tree: Record<string, [Uint8Array, { mtime: Date; level: 0 | 6 }]> = {};
  for (const f of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const bytes = typeof f.content === 'string' ? strToU8(f.content) : f.content;
    // PNGs are already compressed; deflating them again only costs time.
    tree[f.path] = [bytes, { mtime: MTIME, level: f.path.endsWith('.png') ? 0 : 6 }];
  }
  return zipSync(tree);
}
