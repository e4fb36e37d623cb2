import { describe, expect, it } from 'vitest';
import { citationFields, citations, spotlightReference } from '../../../src/exports/citation';

const work = {
  kind: 'chart' as const,
  id: 'russoft-survey',
  title: 'How developers judged the competence centres',
  url: 'https://example.org/charts/russoft-survey/',
  updated: new Date('2026-11-28T00:00:00Z'),
};

describe('citations (citeproc-js with the official CSL styles)', () => {
  const c = citations(work);

  it('keeps our reference and the spotlight as two separate references in every style', () => {
    for (const style of [c.apa, c.mla, c.chicago]) {
      expect(style.ours).toContain(work.url);
      expect(style.ours).not.toMatch(/Dąbrowska/);
      expect(style.spotlight).toMatch(/^Dąbrowska, E/);
      expect(style.spotlight).not.toContain(work.url);
    }
  });

  it('APA 7: group author, date in parentheses, sentence-case title, no bracketed label, then the URL', () => {
    expect(c.apa.ours).toBe('Sanctions, Sidestepped. (2026, November 28). How developers judged the competence centres. https://example.org/charts/russoft-survey/');
    expect(c.apa.ours).not.toMatch(/\[(Article|Chart)\]/);
    expect(c.apa.spotlight).toBe(
      'Dąbrowska, E. (2024). How Russia is trying to take the sting out of Western technological sanctions (ZOiS Spotlight 17/2024). Centre for East European and International Studies (ZOiS).',
    );
  });

  it('MLA 9: starts with the title when the site is its own author, site as container, abbreviated month', () => {
    expect(c.mla.ours).toBe('“How Developers Judged the Competence Centres.” Sanctions, Sidestepped, 28 Nov. 2026, https://example.org/charts/russoft-survey/.');
    expect(c.mla.spotlight).toMatch(/^Dąbrowska, Ewa\. How Russia Is Trying to Take the Sting out of Western Technological Sanctions\. .*18 Sept\. 2024\. ZOiS Spotlight 17\/2024\.$/);
  });

  it('Chicago: the site in the author position, title in quotation marks, full date', () => {
    expect(c.chicago.ours).toBe('Sanctions, Sidestepped. “How Developers Judged the Competence Centres.” November 28, 2026. https://example.org/charts/russoft-survey/.');
    expect(c.chicago.spotlight).toContain('ZOiS Spotlight 17/2024.');
  });

  it('never doubles the punctuation after a title that ends in a question mark', () => {
    const q = citations({ ...work, title: 'How much of the state’s software was foreign?' });
    for (const style of [q.apa, q.mla, q.chicago]) expect(style.ours).not.toMatch(/[?!][.,]/);
  });

  it('gives the same spotlight reference whatever work is cited, and the same text on every call', () => {
    expect(citations({ ...work, id: 'x', title: 'Another' }).apa.spotlight).toBe(c.apa.spotlight);
    expect(spotlightReference('mla')).toBe(c.mla.spotlight);
    expect(citations(work)).toEqual(c);
  });

  it('BibTeX has an entry for the chart and one for the spotlight, linked by \\cite, with balanced braces', () => {
    expect(c.bibtex).toMatch(/^@misc\{sidestepped2026russoftsurvey,/);
    expect(c.bibtex).toContain('url          = {https://example.org/charts/russoft-survey/}');
    expect(c.bibtex).toContain('\\cite{dabrowska2024}');
    expect(c.bibtex).toContain('@techreport{dabrowska2024,');
    expect(c.bibtex.match(/\{/g)!.length).toBe(c.bibtex.match(/\}/g)!.length);
  });

  it('gives the page one field per reference, labelled with what it cites', () => {
    const fields = citationFields(c, 'chart');
    expect(fields.map((f) => f.label)).toContain('APA 7: this chart');
    expect(fields.map((f) => f.label)).toContain('APA 7: the spotlight it is based on');
    expect(new Set(fields.map((f) => f.key)).size).toBe(fields.length);
    expect(fields.filter((f) => f.code).map((f) => f.key)).toEqual(['bibtex']);
  });
});
