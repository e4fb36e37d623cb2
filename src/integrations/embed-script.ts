/**
 * After the build, gives every embed page one script request instead of Vite's several.
 *
 * Vite splits the client code by what pages share: an embed loaded the chart's script, its own
 * frame script and a chunk the frame script shares with the share dialog, three requests (and a
 * round trip to discover the third) for under 3 KB compressed. Code splitting cannot give one page
 * a file of its own, since a module that other pages use as well always goes into a shared chunk.
 * So the module scripts of each embed page are bundled here, from the built files, into one file in
 * _astro/ named by its content (embeds with the same scripts share it, and a host page with several
 * embeds loads it once), and the page gets a single <script type="module" src> in their place: an
 * external file from the site's own origin, as the CSP wants. The chunks that only embeds loaded go.
 */
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { filesUnder } from './dist-files';
import { moduleScripts, replaceModuleScripts, scriptFile, withImports } from './page-scripts';

/** The module scripts at `files`, run in that order, as one minified ES module. */
async function bundle(files: readonly string[], root: string): Promise<string> {
  const entry = files.map((f) => `import ${JSON.stringify(`./${relative(root, f).split(sep).join('/')}`)};`).join('\n');
  const out = await build({
    stdin: { contents: entry, resolveDir: root, sourcefile: 'embed-entry.js', loader: 'js' },
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

export function embedScript(): AstroIntegration {
  let base = '/';
  return {
    name: 'embed-script',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const toFile = scriptFile(root, base);
        const pages = (await filesUnder(root)).filter((f) => f.endsWith('.html'));
        const embeds = pages.filter((f) => f.startsWith(join(root, 'embed') + sep));
        const bundles = new Map<string, string>();
        const replaced: string[] = [];
        for (const page of embeds) {
          const html = await readFile(page, 'utf8');
          const srcs = moduleScripts(html);
          if (srcs.length < 2) continue;
          const key = srcs.join('\n');
          let src = bundles.get(key);
          if (!src) {
            const code = await bundle(srcs.map(toFile), root);
            const name = `_astro/embed.${createHash('sha256').update(code).digest('base64url').slice(0, 8)}.js`;
            await writeFile(join(root, name), code);
            src = `${base.replace(/\/?$/, '/')}${name}`;
            bundles.set(key, src);
          }
          replaced.push(...srcs.map(toFile));
          await writeFile(page, replaceModuleScripts(html, src));
        }
        if (!bundles.size) return;
        const stillLoaded: string[] = [];
        for (const page of pages) stillLoaded.push(...moduleScripts(await readFile(page, 'utf8')).map(toFile));
        const loaded = await withImports(stillLoaded);
        const unused = [...(await withImports(replaced))].filter((f) => !loaded.has(f));
        await Promise.all(unused.map((f) => rm(f)));
        logger.info(`${embeds.length} embeds load one script each (${[...bundles.values()].join(', ')}); ${unused.length} chunks no page loads any more removed`);
      },
    },
  };
}
