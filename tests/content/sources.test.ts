/** Content: every source entry is what it says it is, and every fact cites one that supports it. */
import { describe, expect, it } from 'vitest';
import { data } from '../../src/data';
import { articles, factSheet, footnotes, spotlight } from './read';

const numbers = (s: string): string[] => [...s.replace(/(\d),(\d{3})/g, '$1$2').matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0]);

describe('the bibliography (content/data/sources.json)', () => {
  const sheet = factSheet();
  const spot = spotlight();

  it('names as outlets only the outlets the fact sheet names', () => {
    for (const s of data.sources.filter((x) => x.kind === 'outlet')) expect(sheet, `${s.id}: ${s.publisher}`).toContain(s.publisher);
  });

  it('gives only numbers in each entry’s facts that the fact sheet or the spotlight gives', () => {
    for (const s of data.sources)
      for (const fact of s.covers)
        for (const n of numbers(fact)) expect(`${sheet}\n${spot}`.includes(n), `${s.id}: "${n}" in “${fact}”`).toBe(true);
  });

  it('has no entry that nothing cites', () => {
    const cited = new Set<string>();
    const cite = (ids: readonly string[]) => ids.forEach((id) => cited.add(id));
    data.partners.forEach((p) => cite(p.sources));
    data.timeline.forEach((e) => cite(e.sources));
    data.glossary.forEach((g) => cite(g.sources));
    data.classroom.forEach((c) => cite(c.sources));
    data.foreignSoftware.forEach((e) => cite(e.sources));
    cite(data.survey.sources);
    cite(data.budget.sources);
    data.budget.rates.forEach((r) => cite(r.sources));
    data.budget.reportedCounts.forEach((c) => cite(c.sources));
    for (const a of articles()) for (const m of a.body.matchAll(/\/sources\/#([a-z0-9-]+)/g)) cited.add(m[1]!);
    expect(data.sources.map((s) => s.id).filter((id) => !cited.has(id))).toEqual([]);
  });
});

describe('footnotes in the articles', () => {
  const known = new Set(data.sources.map((s) => s.id));

  it('each names the bibliography entry that supports it, by a link to the sources page', () => {
    for (const a of articles())
      for (const f of footnotes(a.body)) {
        const ids = [...f.text.matchAll(/\]\(\/sources\/#([a-z0-9-]+)\)/g)].map((m) => m[1]!);
        expect(ids.length, `${a.slug} [^${f.id}] cites no source`).toBeGreaterThan(0);
        for (const id of ids) expect(known.has(id), `${a.slug} [^${f.id}] cites unknown source "${id}"`).toBe(true);
      }
  });

  it('never send readers to a document they cannot see', () => {
    for (const a of articles()) expect(a.body, a.slug).not.toMatch(/fact sheet/i);
  });
});
