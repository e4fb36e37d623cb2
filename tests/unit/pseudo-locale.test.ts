/**
 * The pseudo-locale generator (scripts/lib/pseudo-locale.mjs), file by file, in a fixture copy of
 * the site: every translation file it writes keeps the English file's syntax and shape (the same
 * keys, functions that still fill in their values, the same components, footnotes and figures in
 * every article), and every text in it is marked, accented and at least 40 % longer.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { fixtureProject } from '../../scripts/lib/fixture-project.mjs';
import { BRACKETS, PSEUDO_LANG, pseudoMdx, pseudoText, pseudoTypeScript, writePseudoLocale } from '../../scripts/lib/pseudo-locale.mjs';

const [OPEN, CLOSE] = BRACKETS;
const letters = (s: string) => (s.match(/\p{L}/gu) ?? []).length;

describe('pseudoText', () => {
  it('marks, accents and lengthens a text by at least 40 %', () => {
    const en = 'Few developers saw real support from the competence centres';
    const xx = pseudoText(en);
    expect(xx.startsWith(OPEN) && xx.endsWith(CLOSE)).toBe(true);
    expect(letters(xx)).toBeGreaterThanOrEqual(letters(en) * 1.4);
    expect(xx).not.toMatch(/\b(developers|support|from|the)\b/);
  });

  it('keeps placeholders, escapes, addresses and the whitespace around a text', () => {
    expect(pseudoText('Chart, {n} items')).toContain('{n}');
    expect(pseudoText('one\\ntwo')).toContain('\\n');
    expect(pseudoText('see https://example.org/a now')).toContain('https://example.org/a');
    expect(pseudoText(' of ')).toMatch(/^ «.*» $/);
  });

  it('leaves a text without letters as it is', () => {
    for (const s of ['; ', '—', '%', ' ', '{n}']) expect(pseudoText(s)).toBe(s);
  });

  it('adds fewer words where a limit holds', () => {
    const en = 'Friends and partners: Russia’s search for technology allies';
    expect(pseudoText(en, 70).length).toBeLessThanOrEqual(70);
  });
});

describe('pseudoTypeScript', () => {
  const source = `import type { X } from './types';
export const en = {
  a: 'Key',
  when: (date: string, precision: 'day' | 'year') => \`\${precision === 'day' ? 'on' : 'in'} \${date}\`,
  list: (xs: string[]) => xs.join(' but '),
  byKey: { 'eaeu-member': 'EAEU member' } satisfies Record<string, string>,
  date: (f: (d: string, p: string) => string) => f('2024', 'day'),
  tag: 'en-GB',
};
export type M = typeof en;
export default en;
`;
  const out = pseudoTypeScript(source);

  it('stays valid TypeScript', () => {
    const file = ts.createSourceFile('x.ts', out, ts.ScriptTarget.Latest, true);
    expect((file as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics).toEqual([]);
  });

  it('turns the texts a reader meets, and nothing code compares, indexes, imports or types', () => {
    expect(out).toContain("from './types'");
    expect(out).toContain("precision === 'day'");
    expect(out).toContain("'day' | 'year'");
    expect(out).toContain("'eaeu-member':");
    expect(out).toContain("f('2024', 'day')");
    expect(out).toContain("'en-GB'");
    expect(out).toMatch(/a: '«Ķ?K[^']*»'/);
    expect(out).toMatch(/\? '«ö[^']*»' : '«í[^']*»'/);
    expect(out).toMatch(/join\(' «büt[^']*» '\)/);
    expect(out).toMatch(/'eaeu-member': '«ÉÁÉÜ/);
  });

  it('renames the English export to the language', () => {
    expect(out).toContain(`export const ${PSEUDO_LANG} = {`);
    expect(out).toContain(`typeof ${PSEUDO_LANG};`);
    expect(out).toContain(`export default ${PSEUDO_LANG};`);
  });
});

describe('pseudoMdx', () => {
  const en = readdirSync('content/articles').filter((f) => f.endsWith('.mdx'));
  const tags = (s: string) => [...s.matchAll(/<(Chart|Num|Term|Step)\s+(?:id|k)="([^"]+)"/g)].map((m) => `${m[1]}:${m[2]}`);
  const footnotes = (s: string) => [...s.matchAll(/\[\^([^\]]+)\]/g)].map((m) => m[1]);
  for (const name of en) {
    it(`${name}: the same charts, figures, terms and footnotes, the prose turned, quotations kept and marked`, () => {
      const source = readFileSync(`content/articles/${name}`, 'utf8');
      const out = pseudoMdx(source, { slug: name.replace('.mdx', ''), limits: { title: 70, description: 160 } });
      expect(tags(out)).toEqual(tags(source));
      expect(footnotes(out)).toEqual(footnotes(source));
      expect(out).toMatch(new RegExp(`^---\\n[\\s\\S]*translationOf: "${name.replace('.mdx', '')}"\\n---\\n`));
      const title = /^title: (".*")$/m.exec(out)![1]!;
      expect((JSON.parse(title) as string).length).toBeLessThanOrEqual(70);
      expect(out).not.toMatch(/<Quote>|<q>/);
      expect((out.match(/<Quote lang="en" translation="«/g) ?? []).length).toBe((source.match(/<Quote>/g) ?? []).length);
      expect(out).not.toMatch(/\]\(\/(?!xx\/|\/)/); // every site link leads into the language
      // What is left outside the marks: syntax, components, quotations, numbers.
      const bare = out
        .replace(/^---[\s\S]*?---/, '')
        .replace(/<Quote[\s\S]*?<\/Quote>|<q lang="en">[\s\S]*?<\/q>/g, '')
        .replace(/«[^»]*»/g, '')
        .replace(/<[^>]+>|\]\([^)]*\)|\[\^[^\]]+\]:?|`[^`]*`/g, '');
      expect(bare.match(/\p{L}{2,}/gu) ?? []).toEqual([]);
      // Props a reader sees (a story step's title) are turned too.
      for (const [, text] of out.matchAll(/<[A-Z]\w*\s[^>]*?\btitle="([^"]*)"/g)) expect(text).toMatch(/^«[\s\S]*»$/);
    });
  }
});

describe('writePseudoLocale, in a fixture copy of the site', () => {
  const site = fixtureProject('pseudo-files');
  const written = writePseudoLocale(site);

  it('writes a file for each English translation file', () => {
    // Every English translation table: an en.ts beside another language's file.
    const messages = (dir: string): string[] => {
      const entries = readdirSync(dir, { withFileTypes: true });
      const own = dir !== 'src/i18n/languages' && entries.some((e) => e.name === 'en.ts') && entries.some((e) => e.name === 'de.ts') ? [`${dir}/${PSEUDO_LANG}.ts`] : [];
      return [...own, ...entries.filter((e) => e.isDirectory()).flatMap((e) => messages(`${dir}/${e.name}`))];
    };
    const expected = [
      `src/i18n/languages/${PSEUDO_LANG}.ts`,
      ...messages('src'),
      ...readdirSync('content/articles').filter((f) => f.endsWith('.mdx')).map((f) => `content/articles/${PSEUDO_LANG}/${f}`),
    ];
    for (const f of expected) expect(written).toContain(f);
    expect(written.filter((f) => f.startsWith(`content/data/${PSEUDO_LANG}/`)).length).toBeGreaterThan(0);
  });

  // The generated TypeScript, run: the same shape as the English, every string marked, every function's result too.
  const shapeOf = (v: unknown): unknown =>
    typeof v === 'function' ? `fn/${v.length}` : Array.isArray(v) ? v.map(shapeOf) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shapeOf(x)])) : typeof v;
  const stringsOf = (v: unknown): string[] =>
    typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(stringsOf) : v && typeof v === 'object' ? Object.values(v).flatMap(stringsOf) : [];
  for (const file of written.filter((f) => f.endsWith('.ts') && !f.startsWith('src/i18n/languages/'))) {
    it(`${file} has the English file's shape, and every text marked`, async () => {
      const xx = ((await import(pathToFileURL(join(site.root, file)).href)) as { default: unknown }).default;
      const en = ((await import(pathToFileURL(join(site.root, file.replace(`${PSEUDO_LANG}.ts`, 'en.ts'))).href)) as { default: unknown }).default;
      expect(shapeOf(xx)).toEqual(shapeOf(en));
      for (const s of stringsOf(xx)) if (/\p{L}/u.test(s.replace(/\{[^}]*\}/g, ''))) expect(s, s).toMatch(/«.*»/s);
    });
  }

  it('gives the language an Intl tag and a page language that are not English', async () => {
    const lang = readFileSync(join(site.root, `src/i18n/languages/${PSEUDO_LANG}.ts`), 'utf8');
    expect(lang).toMatch(/intl: 'de-DE'/);
    expect(lang).toMatch(new RegExp(`htmlLang: '${PSEUDO_LANG}'`));
    expect(lang).not.toMatch(/'(?:one|two|three|Skip to content|Articles)'/);
  });

  it('shapes each data file like the other language’s, with the English texts turned', () => {
    for (const f of written.filter((x) => x.startsWith(`content/data/${PSEUDO_LANG}/`))) {
      const xx = JSON.parse(readFileSync(join(site.root, f), 'utf8'));
      const de = JSON.parse(readFileSync(f.replace(`/${PSEUDO_LANG}/`, '/de/'), 'utf8'));
      // Every text the other language gives, xx gives too (and may give more: names ISO has not in xx).
      const missing = (ref: unknown, got: unknown, at: string): string[] =>
        ref && typeof ref === 'object'
          ? Object.entries(ref).flatMap(([k, v]) => (got && typeof got === 'object' && k in got ? missing(v, (got as Record<string, unknown>)[k], `${at}.${k}`) : [`${at}.${k}`]))
          : typeof ref === typeof got ? [] : [at];
      expect(missing(de, xx, f)).toEqual([]);
      expect(JSON.stringify(xx), f).toContain('«');
    }
  });
});
