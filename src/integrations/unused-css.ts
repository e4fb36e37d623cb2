/**
 * After the build, drops from each page's inline CSS the rules that page cannot use
 * (./unused-css/unused-rules.ts) and updates the style hashes in its CSP.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filesUnder } from './dist-files';
import { rewriteStyles } from './style-hashes';
import { dropUnusedCss, pageNames } from './unused-css/unused-rules';

const inlineScripts = (html: string) => [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);

export function unusedCss(): AstroIntegration {
  return {
    name: 'unused-css',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await filesUnder(root);
        // Every client script of the site, not only the page's own: a word too many keeps a rule, never drops one.
        const scripts = await Promise.all(files.filter((f) => /\.m?js$/.test(f)).map((f) => readFile(f, 'utf8')));
        let before = 0;
        let after = 0;
        for (const file of files.filter((f) => f.endsWith('.html'))) {
          const html = await readFile(file, 'utf8');
          const names = pageNames(html, [...scripts, ...inlineScripts(html)]);
          const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
          const kept = dropUnusedCss(styles, names);
          before += styles.join('').length;
          after += kept.join('').length;
          let at = 0;
          const next = rewriteStyles(html, () => kept[at++]!);
          if (next !== html) await writeFile(file, next);
        }
        logger.info(`inline CSS cut to the rules each page can use: ${Math.round(before / 1024)} KB → ${Math.round(after / 1024)} KB over all pages`);
      },
    },
  };
}
