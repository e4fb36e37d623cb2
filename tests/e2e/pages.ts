import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DEFAULT_LANG } from './languages';

/** The build the tests read: dist/, or DIST_DIR. */
const DIST = process.env['DIST_DIR'] ?? 'dist';

/** The built file of a site path ("/", "/articles/partners/", "/404.html"). */
export const builtFile = (path: string, dir = DIST): string => join(dir, path.endsWith('/') ? `${path}index.html` : path);

/** Every HTML page in the build, as site paths ("/", "/articles/partners/"), read from dist/. */
export function builtPages(dir = DIST): string[] {
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
export function allPages(dir = DIST): string[] {
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

/**
 * The languages of a build, read from it: the root's `<html lang>` (the default language) first,
 * then every top-level folder whose front page says it is in that language (`dist/de/` with
 * `<html lang="de…">`). A language is files, so the tests learn it from what was built.
 */
const langsOfBuild = new Map<string, string[]>();
export function builtLangs(dir = DIST): string[] {
  const known = langsOfBuild.get(dir);
  if (known) return known;
  const langOf = (file: string) => /<html\b[^>]*\slang="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1]?.toLowerCase() ?? '';
  const root = langOf(join(dir, 'index.html')).split('-')[0]!;
  const others = readdirSync(dir)
    .filter((name) => /^[a-z]{2,3}$/.test(name) && existsSync(join(dir, name, 'index.html')))
    .filter((name) => langOf(join(dir, name, 'index.html')).split('-')[0] === name);
  const langs = [root, ...others.filter((l) => l !== root).sort()];
  langsOfBuild.set(dir, langs);
  return langs;
}

/** The default language: the one served at the site root. */
export const rootLang = (dir = DIST): string => builtLangs(dir)[0]!;

/** A site path in a language: English (the root language) unchanged, others under /<lang>/. */
export const inLangPath = (lang: string, path: string, dir = DIST): string => (lang === rootLang(dir) ? path : `/${lang}${path}`);

/** The language a site path belongs to ("/de/articles/partner/" → "de"). */
export function langOfPath(path: string, dir = DIST): string {
  const first = /^\/([a-z]{2,3})\//.exec(path)?.[1];
  return first && builtLangs(dir).includes(first) ? first : rootLang(dir);
}

/** The article pages of a language: "/articles/<slug>/", "/de/articles/<slug>/". */
export const articlePaths = (lang = rootLang(), dir = DIST): string[] => {
  const prefix = inLangPath(lang, '/articles/', dir);
  return builtPages(dir).filter((p) => p.startsWith(prefix) && /^[^/]+\/$/.test(p.slice(prefix.length)));
};

/** Every built article in every language: its page, language, slug and source file. */
export const builtArticles = (dir = DIST): { path: string; lang: string; slug: string; source: string }[] =>
  builtPages(dir).flatMap((path) => {
    const m = /^\/(?:([^/]+)\/)?articles\/([^/]+)\/$/.exec(path);
    if (!m) return [];
    const lang = m[1] ?? DEFAULT_LANG;
    return [{ path, lang, slug: m[2]!, source: `content/articles/${lang === DEFAULT_LANG ? '' : `${lang}/`}${m[2]}.mdx` }];
  });
