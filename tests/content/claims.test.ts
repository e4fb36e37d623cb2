/** Content: what our prose says stays within what the spotlight and the fact sheet support. */
import { describe, expect, it } from 'vitest';
import { articles, normalise, paragraphs, plain, rawData, spotlight } from './read';

/**
 * Sentences a fact-check found unsupported (issue 10). Each is a pattern so that a light rewording of
 * the same claim is caught too.
 */
const UNSUPPORTED: { pattern: RegExp; why: string }[] = [
  { pattern: /no licence to take away/i, why: 'overstates what RISC-V gets round: the chips were still made at TSMC' },
  { pattern: /design chips for it without a licence/i, why: 'overstates what RISC-V gets round' },
  { pattern: /quieter way/i, why: 'implies intent: the spotlight says only that parallel imports pass through China' },
  { pattern: /spreads its bets/i, why: 'adds a cause the spotlight does not give' },
  { pattern: /run the biggest risk/i, why: 'the spotlight says Chinese high-tech firms are likely to face secondary sanctions' },
  { pattern: /none of this started with the war/i, why: 'the competence centres were founded after February 2022' },
  { pattern: /likely home of shell companies|shell companies that help Russia/i, why: 'drops the spotlight’s condition (if measures were taken)' },
  { pattern: /fall into four groups/i, why: 'leaves out the African and Latin American countries' },
  { pattern: /since the sanctions began in 2022/i, why: 'our own timeline has US sanctions on Uralvagonzavod from 2014' },
  { pattern: /reports (she|the spotlight) cites/i, why: 'the spotlight cites no report' },
  { pattern: /the most important example/i, why: 'the spotlight says “in particular”' },
  { pattern: /went to (those|the) centres/i, why: 'the money was allocated, and it co-finances projects' },
  { pattern: /without depending on others/i, why: 'the spotlight: sovereignty is not autarky and comes with alliances' },
  { pattern: /weapons parts/i, why: 'the spotlight lists parts of arms and drones, and computer, electronic and optical components' },
  { pattern: /observers in 2024/i, why: 'Iran became an observer only in December 2024: date memberships to September 2024' },
  { pattern: /mostly rich democracies/i, why: 'not in our sources' },
  { pattern: /colour changes/i, why: 'the two map views use different colour schemes: ask for categories instead' },
];

const everything = () => [
  ...articles().map((a) => ({ where: `content/articles/${a.slug}.mdx`, text: a.body })),
  ...['glossary.json', 'partners.json', 'timeline.json', 'classroom.json', 'competence-centres.json', 'russoft-survey.json', 'foreign-software.json'].map((f) => ({
    where: `content/data/${f}`,
    text: rawData(f),
  })),
];

describe('claims the sources do not support', () => {
  for (const { pattern, why } of UNSUPPORTED)
    it(`nowhere says ${pattern.source} (${why})`, () => {
      for (const { where, text } of everything()) expect(text, where).not.toMatch(pattern);
    });
});

describe('the average per centre', () => {
  it('is printed only beside the averages at the other reported counts', () => {
    for (const a of articles())
      for (const p of paragraphs(a.body).filter((x) => x.includes('<Num k="avg-rub" />'))) {
        expect(p, a.slug).toContain('<Num k="avg-rub-jul-2022" />');
        expect(p, a.slug).toContain('<Num k="avg-rub-apr-2023" />');
        expect(p, a.slug).toMatch(/not confirmed|unconfirmed/);
        expect(p, a.slug).toMatch(/co-financ/);
      }
  });
});

describe('repetition', () => {
  it('closes on “parallel imports, or in some cases China” in one article only', () => {
    const closing = articles().filter((a) => /parallel imports[^.]*\.?[^.]*in some cases[^.]*China/is.test(plain(a.body)));
    expect(closing.map((a) => a.slug).length).toBeLessThanOrEqual(1);
  });

  it('keeps the overview, “the argument on one page”, short', () => {
    const overview = articles().find((a) => a.slug === 'overview')!;
    const words = plain(overview.body).split(/\s+/).filter(Boolean).length;
    expect(words).toBeLessThanOrEqual(600);
  });
});

describe('quotations', () => {
  const source = normalise(spotlight());
  const quoted = (body: string) => [
    ...[...body.matchAll(/<q>([\s\S]*?)<\/q>/g)].map((m) => m[1]!),
    ...[...body.matchAll(/<Quote>([\s\S]*?)<\/Quote>/g)].map((m) => m[1]!),
  ];

  it('are the spotlight’s exact words, at most 40 at a time', () => {
    for (const a of articles())
      for (const q of quoted(a.body)) {
        expect(source, `${a.slug}: “${q}”`).toContain(normalise(q));
        expect(q.split(/\s+/).length, `${a.slug}: “${q}”`).toBeLessThanOrEqual(40);
      }
  });
});
