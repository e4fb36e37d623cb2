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

/** Where a page asks for its script to be loaded after its first paint (src/layouts/Base.astro). */
const PAGE_SCRIPT_SLOT = /(<html\b[^>]*?)\sdata-page-script(?:="")?(?=[\s>])/;

/**
 * `html` with its external module scripts replaced by one loading `src`: in the page's
 * html[data-page-script], for its inline init to load after the first paint, where the page has
 * that slot; otherwise as a module script where the last of them stood. A slot left with no script
 * is removed.
 */
export function placePageScript(html: string, src: string | undefined): string {
  if (!PAGE_SCRIPT_SLOT.test(html)) return src === undefined ? html : replaceModuleScripts(html, src);
  const filled = html.replace(PAGE_SCRIPT_SLOT, (_, open: string) => (src === undefined ? open : `${open} data-page-script="${src}"`));
  return filled.replace(MODULE_SCRIPT, '');
}

/** The script a built page loads after its first paint (its html[data-page-script]), if any. */
export const laterScript = (html: string): string | undefined => /<html\b[^>]*?\sdata-page-script="([^"]+)"/.exec(html)?.[1];

/** Every script a built page loads: its module scripts and the one it loads after its first paint. */
export function loadedScripts(html: string): string[] {
  const later = laterScript(html);
  return later === undefined ? moduleScripts(html) : [...moduleScripts(html), later];
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
