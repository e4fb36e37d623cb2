import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/article';

const valid = {
  title: 'Friends and partners',
  description: 'How Russia looks for technology partners among friendly countries, and where China draws the line.',
  order: 2,
  updated: '2026-11-28',
  charts: ['partners-map'],
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

  it('rejects an unknown chart id and a missing title', () => {
    expect(articleSchema.safeParse({ ...valid, charts: ['pie-of-doom'] }).error?.issues[0]?.path).toEqual(['charts', 0]);
    const { title: _omit, ...noTitle } = valid;
    expect(articleSchema.safeParse(noTitle).error?.issues[0]?.path).toEqual(['title']);
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

    it(`${file}: uses only the chart ids its frontmatter lists`, () => {
      const text = readFileSync(`content/articles/${file}`, 'utf8');
      const listed = text.match(/^charts:\s*\[(.*)\]/m)?.[1] ?? '';
      for (const [, id] of text.matchAll(/<Chart id="([^"]+)"/g)) expect(listed).toContain(`"${id}"`);
    });
  }
});
