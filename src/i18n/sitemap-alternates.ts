/**
 * The sitemap's alternates for articles. @astrojs/sitemap's `i18n` option pairs pages whose paths
 * match after the language prefix (/charts/x/ and /de/charts/x/); articles have their own slug in
 * each language, so their pairs come from the `translationOf` of the translated articles
 * (content/articles/<lang>/<slug>.mdx), read here with fs because the config has no astro:content.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SitemapItem } from '@astrojs/sitemap';

interface Options {
  site: string;
  base: string;
  defaultLocale: string;
  locales: readonly string[];
  articles: URL;
}

const TRANSLATION_OF = /^translationOf:\s*["']?([^"'\n]+?)["']?\s*$/m;

/** English slug → the article's path (under the base) in every language that has it. */
function articleGroups({ defaultLocale, locales, articles }: Options): Map<string, Map<string, string>> {
  const dir = fileURLToPath(articles);
  const groups = new Map<string, Map<string, string>>();
  const add = (key: string, lang: string, path: string) => {
    const g = groups.get(key) ?? new Map<string, string>();
    g.set(lang, path);
    groups.set(key, g);
  };
  for (const lang of locales) {
    const folder = lang === defaultLocale ? dir : `${dir}${lang}/`;
    let files: string[];
    try {
      files = readdirSync(folder).filter((f) => f.endsWith('.mdx'));
    } catch {
      continue;
    }
    for (const f of files) {
      const slug = f.slice(0, -'.mdx'.length);
      const prefix = lang === defaultLocale ? '' : `${lang}/`;
      const key = lang === defaultLocale ? slug : TRANSLATION_OF.exec(readFileSync(`${folder}${f}`, 'utf8'))?.[1];
      if (key) add(key, lang, `${prefix}articles/${slug}/`);
    }
  }
  return groups;
}

export function sitemapAlternates(options: Options): (item: SitemapItem) => SitemapItem {
  const root = new URL(options.base.endsWith('/') ? options.base : `${options.base}/`, options.site).href;
  const byPath = new Map<string, Map<string, string>>();
  for (const g of articleGroups(options).values()) for (const path of g.values()) byPath.set(path, g);
  return (item) => {
    if (!item.url.startsWith(root)) return item;
    const group = byPath.get(item.url.slice(root.length));
    if (!group || group.size < 2) return item;
    return { ...item, links: [...group].map(([lang, path]) => ({ lang, url: `${root}${path}` })) };
  };
}
