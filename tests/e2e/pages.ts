import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

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
