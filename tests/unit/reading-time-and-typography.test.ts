import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, WORDS_PER_MINUTE } from '../../src/lib/reading-time';

describe('reading time', () => {
  it('counts prose words and ignores frontmatter, components, footnote marks and link targets', () => {
    const mdx = `---\ntitle: "Ignored words here"\n---\n\n## Two words\n\nOne <Term id="x">two</Term> three.[^a] <Chart id="timeline" /> [four](https://example.org/five)\n\n[^a]: Six.`;
    expect(countWords(mdx)).toBe(7);
  });

  it('rounds to whole minutes at the stated speed, at least one', () => {
    expect(readingMinutes('word')).toBe(1);
    expect(readingMinutes(Array(WORDS_PER_MINUTE * 5).fill('word').join(' '))).toBe(5);
    expect(readingMinutes(Array(Math.round(WORDS_PER_MINUTE * 3.4)).fill('w').join(' '))).toBe(3);
  });
});

describe('curlQuotes', () => {
  it('curls apostrophes and quotation marks in frontmatter text', async () => {
    const { curlQuotes } = await import('../../src/lib/typography');
    expect(curlQuotes("Russia's search")).toBe('Russia’s search');
    expect(curlQuotes(`The 'friendly' countries and "parallel imports"`)).toBe('The ‘friendly’ countries and “parallel imports”');
  });
});

describe('keepTogether', () => {
  it('marks short hyphenated tokens so titles do not break inside them', async () => {
    const { keepTogether } = await import('../../src/lib/typography');
    expect(keepTogether('The chip problem: open source, RISC-V and parallel imports')).toEqual([
      { text: 'The chip problem: open source, ', keep: false },
      { text: 'RISC-V', keep: true },
      { text: ' and parallel imports', keep: false },
    ]);
    expect(keepTogether('RISC-V')).toEqual([{ text: 'RISC-V', keep: true }]);
  });
  it('leaves long compounds, dashes and plain text alone', async () => {
    const { keepTogether } = await import('../../src/lib/typography');
    expect(keepTogether('Open-source chip designs')).toEqual([{ text: 'Open-source chip designs', keep: false }]);
    expect(keepTogether('2012 – 2024, a to-do')).toEqual([
      { text: '2012 – 2024, a ', keep: false },
      { text: 'to-do', keep: true },
    ]);
    expect(keepTogether('')).toEqual([{ text: '', keep: false }]);
  });
});
