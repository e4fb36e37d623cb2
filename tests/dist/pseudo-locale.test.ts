/**
 * A third language costs translation files only: the site built with the pseudo-locale `xx`
 * (scripts/lib/pseudo-locale.mjs: every translation file written from the English one, each text
 * 40 % longer, accented and marked «…») in a fixture copy. It must build, give every page of the
 * root language an `xx` twin, show no English on any `xx` page outside `lang="en"`, and keep every
 * chart label inside its drawing and off every other label, at both layouts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureProject } from '../../scripts/lib/fixture-project.mjs';
import { BRACKETS, PSEUDO_LANG, writePseudoLocale } from '../../scripts/lib/pseudo-locale.mjs';
import { builtLangs } from '../e2e/pages';
import { englishOutsideLangEn, wordsOf } from './english-prose';
import { sourceTextsOf } from './english-interface';
import { filesIn } from './files';
import { chartSvgs, misfits } from './svg-fit';
import { htmlLang, visibleText } from './visible-text';

const BUILD_TIMEOUT = 600_000;
const site = fixtureProject('pseudo-locale');
const written = writePseudoLocale(site);
const built = site.build({ outDir: 'dist-xx' });
built.catch(() => {}); // reported by the tests that wait for it

/**
 * The English words of the site: every word of its English translation files (messages, interface
 * strings, articles, data texts) that the other languages' own files do not also use (names like
 * "China", "BRICS", "Yadro" stay the same in every language). Quotations marked `lang="en"` in those
 * files are English on purpose and do not count as theirs.
 */
function englishVocabulary(root: string): Set<string> {
  const langs = builtLangs(join(root, 'dist-xx')).filter((l) => l !== 'en' && l !== PSEUDO_LANG);
  const theirs = new Set(
    langs.flatMap((l) =>
      wordsOf(
        sourceTextsOf(l, root)
          .replace(/<Quote\b[^>]*lang="en"[^>]*>[\s\S]*?<\/Quote>|<q lang="en">[\s\S]*?<\/q>/g, ' ')
          .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ' '),
      ),
    ),
  );
  const english = [
    ...written.filter((f) => !f.startsWith('content/data/')).map((f) => f.replace(`/${PSEUDO_LANG}/`, '/').replace(`${PSEUDO_LANG}.ts`, 'en.ts')),
    ...filesIn(join(root, 'content/data')).filter((f) => !f.includes('/')).map((f) => `content/data/${f}`),
  ]
    .map((f) => readFileSync(join(root, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ' '))
    .join('\n');
  // Words of three letters or more that are plainly words (not code: no capitals inside, no digits).
  return new Set(wordsOf(english).filter((w) => w.length >= 3 && /^\p{Ll}+$/u.test(w) && !theirs.has(w)));
}

describe(`the site built with the pseudo-locale "${PSEUDO_LANG}"`, () => {
  let out = '';
  let pages: string[] = [];
  beforeAll(async () => {
    out = (await built).outDir;
    pages = filesIn(out).filter((f) => f.startsWith(`${PSEUDO_LANG}/`) && f.endsWith('.html'));
  }, BUILD_TIMEOUT);
  const read = (f: string) => readFileSync(join(out, f), 'utf8');

  it('builds, with an xx page for every page of the root language', () => {
    const langs = builtLangs(out);
    expect(langs).toContain(PSEUDO_LANG);
    const others = langs.slice(1);
    const rootPages = filesIn(out).filter((f) => f.endsWith('.html') && !others.some((l) => f.startsWith(`${l}/`)));
    expect(pages.length).toBe(rootPages.length);
    for (const f of pages) expect(htmlLang(read(f)), f).toBe(PSEUDO_LANG);
  });

  it('shows no English prose on an xx page outside lang="en"', () => {
    const found = pages.flatMap((f) => englishOutsideLangEn(read(f)).map((b) => `${f} ${b.where}: ${b.text}`));
    // One line each, so the failure lists every leak, not the first few.
    expect(found.join('\n')).toBe('');
  });

  it('shows no English word outside the pseudo-locale’s marks on an xx page (outside lang="en")', () => {
    const vocabulary = englishVocabulary(site.root);
    expect(vocabulary.size, 'the English files have words').toBeGreaterThan(500);
    const marks = new RegExp(`${BRACKETS[0]}[^${BRACKETS[1]}]*${BRACKETS[1]}`, 'g');
    const leaks = new Map<string, Set<string>>();
    for (const f of pages)
      for (const b of visibleText(read(f), PSEUDO_LANG)) {
        if (/^en\b/i.test(b.lang)) continue;
        for (const w of wordsOf(b.text.replace(marks, ' ')).filter((x) => vocabulary.has(x))) {
          const key = `${b.where}: ${b.text.slice(0, 120)}`;
          leaks.set(key, (leaks.get(key) ?? new Set()).add(`${w} (${f})`));
        }
      }
    expect([...leaks].map(([k, ws]) => `${k} — ${[...ws].slice(0, 3).join(', ')}`).join('\n')).toBe('');
  });

  it('keeps every chart label inside its drawing and off every other label, in both layouts', () => {
    const chartPages = pages.filter((f) => /^xx\/charts\/[^/]+\/index\.html$/.test(f));
    expect(chartPages.length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const f of chartPages) {
      const svgs = chartSvgs(read(f));
      expect(svgs.length, f).toBeGreaterThanOrEqual(2);
      for (const [i, s] of svgs.entries()) found.push(...misfits(s).map((m) => `${f} (drawing ${i + 1}, ${s.width}×${s.height}): ${m}`));
    }
    expect(found.join('\n')).toBe('');
  });
});
