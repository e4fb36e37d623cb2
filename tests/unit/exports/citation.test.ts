import { describe, expect, it } from 'vitest';
import { citations } from '../../../src/exports/citation';

const work = {
  kind: 'chart' as const,
  id: 'russoft-survey',
  title: 'How developers judged the competence centres',
  url: 'https://example.org/charts/russoft-survey/',
  updated: new Date('2026-11-28T00:00:00Z'),
};

describe('citations', () => {
  const c = citations(work);

  it('APA 7 names the site as author, the date, the kind of work, the URL and the spotlight', () => {
    expect(c.apa).toMatch(/^Sanctions, Sidestepped\. \(2026, November 28\)\. How developers judged the competence centres \[Chart\]\. https:\/\/example\.org\/charts\/russoft-survey\//);
    expect(c.apa).toContain('Dąbrowska, E. (2024). How Russia is trying to take the sting out of Western technological sanctions (ZOiS Spotlight 17/2024).');
  });

  it('MLA 9 puts the title in quotation marks with the site as container and an abbreviated month', () => {
    expect(c.mla).toMatch(/^“How Developers Judged the Competence Centres\.” Sanctions, Sidestepped, 28 Nov\. 2026, https:/);
    expect(c.mla).toContain('Ewa Dąbrowska, “How Russia Is Trying to Take the Sting out of Western Technological Sanctions,” ZOiS Spotlight 17/2024');
  });

  it('Chicago gives the full date and the spotlight’s publisher', () => {
    expect(c.chicago).toContain('November 28, 2026.');
    expect(c.chicago).toContain('(Berlin: Centre for East European and International Studies, September 18, 2024)');
  });

  it('BibTeX has an entry for the chart and one for the spotlight, linked by \\cite', () => {
    expect(c.bibtex).toMatch(/^@misc\{sidestepped2026russoftsurvey,/);
    expect(c.bibtex).toContain('url          = {https://example.org/charts/russoft-survey/}');
    expect(c.bibtex).toContain('\\cite{dabrowska2024}');
    expect(c.bibtex).toContain('@techreport{dabrowska2024,');
    expect(c.bibtex.match(/\{/g)!.length).toBe(c.bibtex.match(/\}/g)!.length);
  });

  it('never doubles the punctuation after a title that ends in a question mark', () => {
    const q = citations({ ...work, title: 'How much of the state’s software was foreign?' });
    for (const style of [q.apa, q.mla, q.chicago]) expect(style).not.toMatch(/[?!]\./);
    expect(q.mla).toMatch(/^“How Much of the State’s Software Was Foreign\?” Sanctions/);
    expect(q.chicago).toContain('“How Much of the State’s Software Was Foreign?” Chart.');
  });

  it('says Article for an article', () => {
    expect(citations({ ...work, kind: 'article' }).apa).toContain('[Article]');
  });
});
