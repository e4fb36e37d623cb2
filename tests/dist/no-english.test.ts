/**
 * No English on a page of another language: every page under dist/<lang>/ (each language the build
 * has besides the root's), read as a reader meets it (text, tooltips, spoken labels, the share
 * dialogs), carries no English prose outside an element marked `lang="en"` (the spotlight's
 * quotations), and none of the English site's own repeated interface text ("Theme", "Key",
 * "Copy"), which is too short to read as prose.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtLangs } from '../e2e/pages';
import { englishOutsideLangEn } from './english-prose';
import { englishInterfaceText, sourceTextsOf } from './english-interface';
import { DIST, htmlFiles, read } from './files';

const langs = builtLangs(DIST);
const [root] = langs;
const others = langs.slice(1);

describe('the build has every language of src/i18n/languages/', () => {
  it('one folder of pages for each', () => {
    const declared = readdirSync('src/i18n/languages').map((f) => f.replace(/\.ts$/, '')).sort();
    expect(langs.slice().sort()).toEqual(declared);
  });
});

const english = englishInterfaceText(DIST);

for (const lang of others) {
  const pages = htmlFiles().filter((f) => f.startsWith(`${lang}/`));
  const own = sourceTextsOf(lang);
  describe(`no English on a ${lang} page`, () => {
    it('has pages', () => expect(pages.length).toBeGreaterThan(0));
    for (const file of pages) {
      it(file, () => {
        const html = read(file);
        expect(englishOutsideLangEn(html), 'English prose outside lang="en"').toEqual([]);
        expect(english.leaksOn(html, own), `the ${root} site's interface text`).toEqual([]);
      });
    }
  });
}
