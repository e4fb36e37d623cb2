/**
 * After the build, drops from each page's inline CSS the rules that page cannot use
 * (./unused-css/unused-rules.ts) and updates the style hashes in its CSP. A page's cut CSS is kept
 * on disk between builds (src/lib/build-cache.ts), keyed by the page, its scripts, css-tree's version
 * and the source of the code that cuts: a page that did not change is not cut again.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { cachedJson, packageVersion } from '../lib/build-cache.ts';
import type { AstroIntegration } from 'astro';
import { filesUnder } from './dist-files.ts';
import { loadedScripts, scriptFile, withImports } from './page-scripts.ts';
import { rewriteStyles } from './style-hashes.ts';
import { dropUnusedCss, pageNames } from './unused-css/unused-rules.ts';

const inlineScripts = (html: string) => [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);

export function unusedCss(): AstroIntegration {
  let base = '/';
  let cutter = new URL('src/integrations/unused-css/unused-rules.ts', `file://${process.cwd()}/`);
  return {
    name: 'unused-css',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        cutter = new URL('src/integrations/unused-css/unused-rules.ts', config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const toFile = scriptFile(root, base);
        const files = await filesUnder(root);
        const text = new Map<string, Promise<string>>();
        const read = (f: string) => text.get(f) ?? text.set(f, readFile(f, 'utf8')).get(f)!;
        let before = 0;
        let after = 0;
        // Reads and writes all at once: one page at a time leaves the build waiting on the disk.
        const pages = files.filter((f) => f.endsWith('.html'));
        const inputs = await Promise.all(
          pages.map(async (file) => {
            const html = await readFile(file, 'utf8');
            // The scripts this page runs, with every chunk they import: the words of another page's
            // scripts cannot add a class here.
            const own = await Promise.all([...(await withImports(loadedScripts(html).map(toFile)))].map(read));
            return { file, html, own };
          }),
        );
        const code = [packageVersion('css-tree'), await readFile(cutter, 'utf8')];
        const writes: Promise<void>[] = [];
        for (const { file, html, own } of inputs) {
          const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
          const kept = cachedJson('unused-css', [...code, html, ...own], () => dropUnusedCss(styles, pageNames(html, [...own, ...inlineScripts(html)])));
          before += styles.join('').length;
          after += kept.join('').length;
          let at = 0;
          const next = rewriteStyles(html, () => kept[at++]!);
          if (next !== html) writes.push(writeFile(file, next));
        }
        await Promise.all(writes);
        logger.info(`inline CSS cut to the rules each page can use: ${Math.round(before / 1024)} KB → ${Math.round(after / 1024)} KB over all pages`);
      },
    },
  };
}
