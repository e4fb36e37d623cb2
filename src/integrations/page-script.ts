/**
 * After the build, gives every page one script request instead of Vite's several.
 *
 * Vite splits the client code by what pages share: an embed loaded the chart's script, its own
 * frame script and a chunk the frame script shares with the share dialog (three requests, the
 * third found only when the second arrived); an article loaded five, three of them one after the
 * other (two one-line stubs that import the share dialog's chunk, which imports the embed
 * options). On a slow phone each request in a chain is a round trip. Code splitting cannot give a
 * page a file of its own, since a module that other pages use as well always goes into a shared
 * chunk. So the module scripts of each page are bundled here, from the built files, into one file
 * in _astro/ named by its content: pages with the same scripts (every embed; every article with a
 * chart) share it, and a host page with several embeds loads it once. It is an external file from
 * the site's own origin, as the CSP wants. A page names it in html[data-page-script], and its inline
 * init loads it after the first paint; an embed gets a <script type="module" src> in their place
 * (src/layouts/Base.astro says which). The chunks no page loads any more are removed.
 */
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { filesUnder } from './dist-files.ts';
import { loadedScripts, moduleScripts, placePageScript, scriptFile, withImports } from './page-scripts.ts';

/** The module scripts at `files`, run in that order, as one minified ES module. */
async function bundle(files: readonly string[], root: string): Promise<string> {
  const entry = files.map((f) => `import ${JSON.stringify(`./${relative(root, f).split(sep).join('/')}`)};`).join('\n');
  const out = await build({
    stdin: { contents: entry, resolveDir: root, sourcefile: 'page-entry.js', loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

export function pageScript(): AstroIntegration {
  let base = '/';
  return {
    name: 'page-script',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const toFile = scriptFile(root, base);
        const pages = (await filesUnder(root)).filter((f) => f.endsWith('.html'));
        // Read and written all at once: one page at a time leaves the build waiting on the disk.
        const html = await Promise.all(pages.map((page) => readFile(page, 'utf8')));
        const bundles = new Map<string, Promise<string>>();
        const replaced: string[] = [];
        const writes: Promise<void>[] = [];
        let changed = 0;
        for (const [i, page] of pages.entries()) {
          const srcs = moduleScripts(html[i]!);
          const files = srcs.map(toFile);
          // One script that imports nothing is already one request.
          if (!srcs.length || (files.length === 1 && (await withImports(files)).size === 1)) {
            const placed = placePageScript(html[i]!, srcs[0]);
            if (placed !== html[i]) writes.push(writeFile(page, (html[i] = placed)));
            continue;
          }
          const key = srcs.join('\n');
          let src = bundles.get(key);
          if (!src) {
            src = bundle(files, root).then(async (code) => {
              const name = `_astro/page.${createHash('sha256').update(code).digest('base64url').slice(0, 8)}.js`;
              await writeFile(join(root, name), code);
              return `${base.replace(/\/?$/, '/')}${name}`;
            });
            bundles.set(key, src);
          }
          replaced.push(...files);
          writes.push(src.then((s) => writeFile(page, (html[i] = placePageScript(html[i]!, s)))));
          changed++;
        }
        await Promise.all(writes);
        if (!bundles.size) return;
        const stillLoaded = html.flatMap((h) => loadedScripts(h).map(toFile));
        const loaded = await withImports(stillLoaded);
        const unused = [...(await withImports(replaced))].filter((f) => !loaded.has(f));
        await Promise.all(unused.map((f) => rm(f)));
        logger.info(`${changed} pages load one script each (${bundles.size} bundles); ${unused.length} chunks no page loads any more removed`);
      },
    },
  };
}
