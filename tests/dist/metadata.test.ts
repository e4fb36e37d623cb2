import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles, indexedPages, langOf, read } from './files';
import { LANGS } from '../../src/i18n/locale';
import { langPath } from '../../src/i18n/paths';
import { localeData } from '../../src/i18n/locale';

/** The origin the site was built for (SITE_URL), as the home page names itself. */
const SITE = new URL(read('index.html').match(/<link rel="canonical" href="([^"]+)"/)![1]!).origin;
/** The built file a same-site URL answers with, or undefined for another site. */
const fileFor = (url: string): string | undefined => {
  const u = new URL(url);
  if (u.origin !== SITE) return undefined;
  return u.pathname.endsWith('/') ? `${u.pathname.slice(1)}index.html` : u.pathname.slice(1);
};

describe('every canonical and og:url names a page that exists', () => {
  for (const file of htmlFiles()) {
    it(file, () => {
      const html = read(file);
      const urls = [
        ...html.matchAll(/<link rel="canonical" href="([^"]+)"/g),
        ...html.matchAll(/<meta property="og:url" content="([^"]+)"/g),
      ].map((m) => m[1]!);
      if (file.endsWith('404.html')) {
        // Served at whatever path was not found: it has no address of its own to name.
        expect(urls).toEqual([]);
        return;
      }
      // An embed names its chart's page and leaves the link preview (og:) to it (src/layouts/Base.astro).
      const embed = /(^|\/)embed\//.test(file);
      expect(urls).toHaveLength(embed ? 1 : 2);
      if (embed) expect(html).not.toMatch(/<meta property="og:/);
      for (const url of urls) expect(existsSync(join(DIST, fileFor(url) ?? 'missing')), url).toBe(true);
    });
  }
});

describe('the RSS feed of each language', () => {
  for (const lang of LANGS) {
    it(`${lang}: names its own address with atom:link rel="self" and its language, and its pages link to it`, () => {
      const xml = read(langPath(lang, 'rss.xml'));
      expect(xml).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
      const self = xml.match(/<atom:link href="([^"]+)" rel="self" type="application\/rss\+xml"\/>/)?.[1];
      expect(self).toBe(`${SITE}/${langPath(lang, 'rss.xml')}`);
      expect(xml).toContain(`<language>${localeData(lang).htmlLang.toLowerCase()}</language>`);
      const feedLink = new RegExp(`<link rel="alternate" type="application/rss\\+xml" title="[^"]+" href="/${langPath(lang, 'rss.xml')}"`);
      for (const file of indexedPages().filter((f) => langOf(f) === lang)) expect(read(file), file).toMatch(feedLink);
    });
  }
});
