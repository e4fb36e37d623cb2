import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DEFAULT_LANG } from './languages';

/** Every HTML page in the build, as site paths ("/", "/articles/partners/"), read from dist/. */
export function builtPages(dir = 'dist'): string[] {
  const pages: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name === 'index.html') {
        const rel = relative(dir, d).split(sep).join('/');
        pages.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(dir);
  if (pages.length === 0) throw new Error(`No pages in ${dir}/: run "npm run build" before the browser tests.`);
  return pages.sort();
}

/**
 * Every page a reader can land on: the index.html pages plus the other HTML files of the build
 * (404.html), as site paths ("/", "/404.html").
 */
export function allPages(dir = 'dist'): string[] {
  const others: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html') && name !== 'index.html') others.push(`/${relative(dir, p).split(sep).join('/')}`);
    }
  };
  walk(dir);
  return [...builtPages(dir), ...others.sort()];
}

export const articleSlugs = (dir = 'dist'): string[] =>
  builtPages(dir)
    .filter((p) => /^\/articles\/[^/]+\/$/.test(p))
    .map((p) => p.split('/')[2]!);

/** Every built article in every language: its page, language, slug and source file. */
export const builtArticles = (dir = 'dist'): { path: string; lang: string; slug: string; source: string }[] =>
  builtPages(dir).flatMap((path) => {
    const m = /^\/(?:([^/]+)\/)?articles\/([^/]+)\/$/.exec(path);
    if (!m) return [];
    const lang = m[1] ?? DEFAULT_LANG;
    return [{ path, lang, slug: m[2]!, source: `content/articles/${lang === DEFAULT_LANG ? '' : `${lang}/`}${m[2]}.mdx` }];
  });
