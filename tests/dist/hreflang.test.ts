import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, indexedPages, langOf, pathOf, read } from './files';
import { DEFAULT_LANG, LANGS, localeData } from '../../src/i18n/locale';
import { langPath } from '../../src/i18n/paths';

/** The origin the site was built for (SITE_URL), as the home page names itself. */
const SITE = new URL(read('index.html').match(/<link rel="canonical" href="([^"]+)"/)![1]!).origin;
const fileFor = (url: string) => {
  const u = new URL(url);
  return u.origin === SITE ? (u.pathname.endsWith('/') ? `${u.pathname.slice(1)}index.html` : u.pathname.slice(1)) : undefined;
};
/** A page's `<link rel="alternate" hreflang>`: hreflang → absolute URL. */
const alternatesOf = (html: string) => new Map([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
/** The header's language switch: hreflang → link. */
const switchOf = (html: string) => new Map([...html.matchAll(/<a href="([^"]+)" lang="([^"]+)" hreflang="([^"]+)"/g)].map((m) => [m[3]!, m[1]!]));

const pages = indexedPages();

describe('every page names itself in every language, and each of those pages names it back', () => {
  it('there are pages in every language', () => {
    for (const lang of LANGS) expect(pages.filter((f) => langOf(f) === lang).length, lang).toBeGreaterThan(0);
  });
  for (const file of pages) {
    it(file, () => {
      const html = read(file);
      const lang = langOf(file);
      const self = `${SITE}${pathOf(file)}`;
      expect(html).toMatch(new RegExp(`<html lang="${localeData(lang).htmlLang}"`));
      const alternates = alternatesOf(html);
      // Itself under its own language, x-default for the default language's version.
      expect(alternates.get(lang)).toBe(self);
      expect(alternates.get('x-default')).toBe(alternates.get(DEFAULT_LANG));
      for (const [hreflang, url] of alternates) {
        if (hreflang === 'x-default') continue;
        expect(LANGS).toContain(hreflang);
        const target = fileFor(url);
        expect(target && existsSync(join(DIST, target)), `${hreflang}: ${url} is not a built page`).toBe(true);
        const back = alternatesOf(read(target!));
        expect(back.get(hreflang), `${url} does not name itself as "${hreflang}"`).toBe(url);
        expect(back.get(lang), `${url} does not point back to ${self}`).toBe(self);
      }
      // Pages with the site header: the switch leads to those very pages (or, without one, that language's home).
      if (html.includes('class="site-header"')) {
        const switches = switchOf(html);
        for (const other of LANGS.filter((l) => l !== lang)) {
          const target = alternates.get(other);
          expect(switches.get(other), `the switch to "${other}"`).toBe(target ? new URL(target).pathname : `/${langPath(other)}`);
        }
      }
    });
  }
});

describe('the sitemap lists the same alternates as the pages', () => {
  const xml = read('sitemap-0.xml');
  const entries = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map((m) => ({
    loc: m[1]!,
    links: new Map([...m[2]!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((l) => [l[1]!, l[2]!])),
  }));
  it('lists pages of every language', () => {
    for (const lang of LANGS) expect(entries.some((e) => langOf(fileFor(e.loc)!) === lang), lang).toBe(true);
  });
  for (const { loc, links } of entries) {
    it(loc, () => {
      const page = alternatesOf(read(fileFor(loc)!));
      page.delete('x-default');
      expect(Object.fromEntries(links)).toEqual(Object.fromEntries(page));
    });
  }
});
