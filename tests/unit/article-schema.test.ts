import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/article';

const valid = {
  title: 'Friends and partners',
  description: 'How Russia looks for technology partners among friendly countries, and where China draws the line.',
  order: 2,
  updated: '2026-11-28',
};

describe('article frontmatter', () => {
  it('accepts a complete frontmatter', () => {
    expect(articleSchema.safeParse(valid).success).toBe(true);
  });

  it('rejects a description over 160 characters, naming the field', () => {
    const r = articleSchema.safeParse({ ...valid, description: 'x'.repeat(161) });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['description']);
    expect(r.error?.issues[0]?.message).toContain('160');
  });

  it('allows titles and descriptions exactly as long as the README says, and not a character more', () => {
    const readme = readFileSync('README.md', 'utf8');
    const titleMax = Number(/^title: .*# ≤ (\d+) characters/m.exec(readme)?.[1]);
    const [descMin, descMax] = (/^description: .*# (\d+)–(\d+) characters/m.exec(readme) ?? []).slice(1).map(Number);
    expect([titleMax, descMin, descMax].every((n) => Number.isInteger(n) && n! > 0), 'the README states the limits').toBe(true);
    const ok = (over: Partial<typeof valid>) => articleSchema.safeParse({ ...valid, ...over }).success;
    expect([ok({ title: 'x'.repeat(titleMax) }), ok({ title: 'x'.repeat(titleMax + 1) })]).toEqual([true, false]);
    expect([ok({ description: 'x'.repeat(descMin!) }), ok({ description: 'x'.repeat(descMin! - 1) })]).toEqual([true, false]);
    expect([ok({ description: 'x'.repeat(descMax!) }), ok({ description: 'x'.repeat(descMax! + 1) })]).toEqual([true, false]);
  });

  it('rejects a missing title', () => {
    const { title: _omit, ...noTitle } = valid;
    expect(articleSchema.safeParse(noTitle).error?.issues[0]?.path).toEqual(['title']);
  });

  it('reads a quoted date as that day, in UTC', () => {
    expect(articleSchema.parse(valid).updated.toISOString()).toBe('2026-11-28T00:00:00.000Z');
  });

  it('rejects a day that is not in the calendar instead of rolling it over', () => {
    const r = articleSchema.safeParse({ ...valid, updated: '2026-02-30' });
    expect(r.error?.issues[0]?.path).toEqual(['updated']);
    expect(r.error?.issues[0]?.message).toContain('"2026-02-30" is not a day of the calendar');
  });

  it('rejects an unquoted date, which YAML has already rolled over', () => {
    // js-yaml reads `updated: 2026-02-30` as 2 March: the schema only ever sees a Date.
    const r = articleSchema.safeParse({ ...valid, updated: new Date(Date.UTC(2026, 1, 30)) });
    expect(r.error?.issues[0]?.message).toMatch(/write the date in quotes/);
  });

  it('rejects fields it does not know (typos do not pass silently)', () => {
    expect(articleSchema.safeParse({ ...valid, tilte: 'x' }).success).toBe(false);
  });
});

describe('the articles on disk', () => {
  const files = readdirSync('content/articles').filter((f) => f.endsWith('.mdx'));

  it('there are at least five', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  for (const file of files) {
    it(`${file}: quotations are brief (none over 40 words)`, () => {
      const text = readFileSync(`content/articles/${file}`, 'utf8');
      const quotes = [...text.matchAll(/<Quote[^>]*>([\s\S]*?)<\/Quote>|<q>([\s\S]*?)<\/q>/g)].map((m) => m[1] ?? m[2] ?? '');
      for (const q of quotes) expect(q.split(/\s+/).filter(Boolean).length, q).toBeLessThanOrEqual(40);
    });
  }
});
