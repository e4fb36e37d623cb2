import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = process.env.DIST_DIR ?? 'dist';

/** Every file in the build, as paths relative to dist/ with forward slashes. */
export function distFiles(): string[] {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is empty: run "npm run build" before these tests.');
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(DIST, p).split(sep).join('/'));
    }
  };
  walk(DIST);
  return out.sort();
}

export const htmlFiles = () => distFiles().filter((f) => f.endsWith('.html'));
export const read = (f: string) => readFileSync(join(DIST, f), 'utf8');
export const readBytes = (f: string) => readFileSync(join(DIST, f));

/** The site path a built file answers at: "articles/x/index.html" → "/articles/x/". */
export const pathOf = (file: string) => `/${file.replace(/index\.html$/, '')}`;
