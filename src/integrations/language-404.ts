/**
 * A "page not found" in each language. Astro writes only the root 404.html as a status page; the
 * other languages' 404 pages are built as /<lang>/404/ and moved here to /<lang>/404.html, which
 * Cloudflare Pages serves for misses under /<lang>/ (it takes the nearest 404.html up the path).
 * Netlify serves only the root one by itself, so `_redirects` gets a 404 rule per language (a rule
 * that only applies when no file matches); hosts that read neither serve the root 404.html.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { appendFile, rename, rmdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export function languageNotFound({ locales, defaultLocale }: { locales: readonly string[]; defaultLocale: string }): AstroIntegration {
  let base = '/';
  return {
    name: 'language-404',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const rules: string[] = [];
        for (const lang of locales) {
          if (lang === defaultLocale) continue;
          const built = `${root}${lang}/404/index.html`;
          if (!existsSync(built)) throw new Error(`src/pages/[lang]/404.astro built no page for "${lang}" (${built} is missing)`);
          await rename(built, `${root}${lang}/404.html`);
          await rmdir(`${root}${lang}/404`);
          rules.push(`${base}${lang}/* ${base}${lang}/404.html 404`);
        }
        if (rules.length) await appendFile(`${root}_redirects`, `${rules.join('\n')}\n`);
        logger.info(`404 pages for ${rules.length} more language${rules.length === 1 ? '' : 's'}`);
      },
    },
  };
}
