import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DEFAULT_LANG, isLang, type Lang } from '../../src/i18n/locale';

export const DIST = process.env.DIST_DIR ?? 'dist';

/** Every file under a folder, as sorted paths relative to it with forward slashes. */
export function filesIn(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Every file in the build. */
export function distFiles(): string[] {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is empty: run "npm run build" before these tests.');
  return filesIn(DIST);
}

export const htmlFiles = () => distFiles().filter((f) => f.endsWith('.html'));
/**
 * The pages search engines and feed readers see: not embeds or 404s, which say noindex and leave
 * out the feed, sitemap and language links (an embed's every byte counts: issue 12).
 */
export const indexedPages = () => htmlFiles().filter((f) => !/<meta name="robots" content="noindex"/.test(read(f)));
export const read = (f: string) => readFileSync(join(DIST, f), 'utf8');
export const readBytes = (f: string) => readFileSync(join(DIST, f));

/** The language of a built file: its first folder when that is a language of the site (de/…), else the default. */
export function langOf(file: string): Lang {
  const first = file.split('/')[0] ?? '';
  return first !== DEFAULT_LANG && isLang(first) && file.includes('/') ? first : DEFAULT_LANG;
}

/** The site path a built file answers at: "articles/x/index.html" → "/articles/x/". */
export const pathOf = (file: string) => `/${file.replace(/index\.html$/, '')}`;
