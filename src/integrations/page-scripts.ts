/**
 * The client scripts of a built page: the external module scripts Astro writes into its HTML and
 * the chunks they import, as files of the build.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** An external module script as Astro writes it: `<script type="module" src="…"></script>`. */
const MODULE_SCRIPT = /<script\b(?=[^>]*\btype="module")[^>]*\bsrc="([^"]+)"[^>]*><\/script>/g;

/** The `src` of each external module script in `html`, in document order (their order of execution). */
export const moduleScripts = (html: string): string[] => [...html.matchAll(MODULE_SCRIPT)].map((m) => m[1]!);

/**
 * `html` with its external module scripts replaced by one loading `src`, where the last of them
 * stood: module scripts run after parsing in document order, so the one that takes their place runs
 * when the last of them did.
 */
export function replaceModuleScripts(html: string, src: string): string {
  const count = moduleScripts(html).length;
  let seen = 0;
  return html.replace(MODULE_SCRIPT, () => (++seen === count ? `<script type="module" src="${src}"></script>` : ''));
}

/** The built files a script imports: static and dynamic imports of relative paths, as bundlers write them. */
export const importsOf = (js: string, file: string): string[] =>
  [...js.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g)].map((m) => join(dirname(file), m[1]!));

/** The script files `files` load, themselves included, following their imports. */
export async function withImports(files: readonly string[]): Promise<Set<string>> {
  const seen = new Set<string>();
  const queue = [...files];
  while (queue.length) {
    const f = queue.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    queue.push(...importsOf(await readFile(f, 'utf8'), f));
  }
  return seen;
}

/** Maps a script's `src` to its file in the build at `root`, for a site served under `base`. */
export function scriptFile(root: string, base: string): (src: string) => string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return (src) => {
    if (!src.startsWith(prefix)) throw new Error(`a module script outside the site's base ${prefix}: ${src}`);
    return join(root, src.slice(prefix.length));
  };
}
