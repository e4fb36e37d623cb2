/**
 * Content: what our own data comes to, in the numbers the articles and charts print. These move
 * when the data is edited (that is their point); tests/unit checks the code with fixtures.
 */
import { describe, expect, it } from 'vitest';
import { data } from '../../src/data';
import { countAverages, eurasianGroup, foreignShare, impliedRubPerUsd, namedPartners, rate, surveyShare, toUsd } from '../../src/data/derived';
import { figures } from '../../src/data/figures';
import competenceCentres from '../../src/charts/competence-centres/competence-centres';
import { rendered } from '../unit/charts/helpers/rendered';
import partnersMap from '../../src/charts/partners-map/partners-map';
import { formalCategory, formalMismatch } from '../../src/charts/partners-map/partners-map.layout';
import foreignSoftware from '../../src/charts/foreign-software/foreign-software';
import { foreignSoftwareLayout } from '../../src/charts/foreign-software/foreign-software.layout';
import russoftSurvey from '../../src/charts/russoft-survey/russoft-survey';
import { russoftSurveyLayout } from '../../src/charts/russoft-survey/russoft-survey.layout';
import timeline from '../../src/charts/timeline/timeline';
import { busiestYear, timelineLayout } from '../../src/charts/timeline/timeline.layout';
import { LAYOUTS } from '../../src/charts/types';
import { textBoxes } from '../unit/charts/helpers/svg-boxes';
import { normalise, spotlight } from './read';

const millionsOf = (n: number) => Math.round(n / 1e6);

describe('the competence centres’ money', () => {
  it('is the spotlight’s 37.1 billion roubles, about USD 407 million', () => {
    expect(normalise(spotlight())).toContain('37.1 billion roubles (about USD 407 million)');
    expect(figures(data)['total-rub']!.text).toBe('37.1 billion roubles');
    expect(figures(data)['usd-spotlight']!.text).toBe('about USD 407 million');
  });

  it('the September 2024 rate reproduces the spotlight’s dollars; the spotlight’s dollars imply about 91.2 roubles per dollar', () => {
    expect(millionsOf(toUsd(data.budget.totalRub, rate(data.budget, 'sep-2024')))).toBe(millionsOf(data.budget.spotlightUsd));
    expect(impliedRubPerUsd(data.budget)).toBeCloseTo(91.2, 1);
  });

  it('the July 2022 rate gives about USD 602 million', () => {
    expect(millionsOf(toUsd(data.budget.totalRub, rate(data.budget, 'jul-2022')))).toBe(602);
    expect(figures(data)['usd-then']!.text).toBe('about USD 602 million');
  });

  it('averages about 687 million roubles for the spotlight’s 54 centres, 1,060 million for 35 and 1,124 million for 33', () => {
    expect(countAverages(data.budget).map((c) => [c.centres, millionsOf(c.averageRub)])).toEqual([
      [54, 687],
      [35, 1060],
      [33, 1124],
    ]);
    const f = figures(data);
    expect([f['avg-rub'], f['avg-rub-jul-2022'], f['avg-rub-apr-2023']].map((x) => x!.text)).toEqual([
      'about 687 million roubles',
      'about 1,060 million roubles',
      'about 1,124 million roubles',
    ]);
  });

  it('the chart says the average rests on co-financing per project and an unconfirmed count, and gives both dollar figures and the three averages', () => {
    for (const layout of LAYOUTS) {
      // What a reader sees, not the tooltips: the drawn lines, joined.
      const seen = textBoxes(rendered(competenceCentres, data).svg({ layout })).map((t) => t.text).join(' ');
      expect(seen).toMatch(/co-finances projects/);
      expect(seen).toMatch(/not confirmed/);
      expect(seen).toMatch(/shared out evenly/);
    }
    expect(rendered(competenceCentres, data).notes.join(' ')).toMatch(/35 .*33/);
    const text = rendered(competenceCentres, data).description;
    for (const s of ['USD 602 million', 'USD 407 million', '687 million', '1,060 million', '1,124 million']) expect(text).toContain(s);
  });
});

describe('the Russoft survey', () => {
  it('has the spotlight’s 7.2% who saw real benefits, highlighted, then 26.9%, 17.7% and 48.2%', () => {
    expect(normalise(spotlight())).toContain('7.2 per cent saw real benefits');
    const wide = russoftSurveyLayout(data.survey, 'wide', russoftSurvey.sizes.wide);
    expect(wide.rows.map((r) => [r.id, r.value, r.highlight])).toEqual([
      ['significant-support', '7.2%', true],
      ['undecided', '26.9%', false],
      ['no-real-support', '17.7%', false],
      ['no-impact', '48.2%', false],
    ]);
  });

  it('65.9% saw no real support or no impact, as the chart’s bracket and the articles say', () => {
    expect(surveyShare(data.survey, ['no-real-support', 'no-impact'])).toBe(65.9);
    expect(figures(data)['survey-not-helped']!.text).toBe('65.9%');
    expect(russoftSurveyLayout(data.survey, 'wide', russoftSurvey.sizes.wide).bracket.text).toMatch(/^65\.9%/);
  });
});

describe('foreign software in the Russian state', () => {
  const wide = foreignSoftwareLayout(data.foreignSoftware, 'wide', foreignSoftware.sizes.wide);
  const row = (id: string) => wide.rows.find((r) => r.estimate.id === id)!;

  it('Kommersant’s 30–35% domestic share is a 65–70% foreign band', () => {
    expect(foreignShare(data.foreignSoftware.find((e) => e.id === 'kommersant-2021')!)).toEqual({ low: 65, high: 70 });
    expect(row('kommersant-2021').value).toBe('65–70%');
    expect(figures(data)['kommersant-foreign']!.text).toBe('65–70%');
  });

  it('the spotlight’s 90% and Massukh’s 90% are single values, the spotlight first', () => {
    expect(wide.rows[0]!.estimate.isSpotlight).toBe(true);
    for (const id of ['spotlight', 'massukh-2019']) expect([row(id).value, row(id).isRange]).toEqual(['90%', false]);
  });
});

describe('partners', () => {
  it('the spotlight names 17 countries and territories besides Russia', () => {
    expect(namedPartners(data.partners)).toHaveLength(17);
    expect(namedPartners(data.partners).map((p) => p.alpha2)).not.toContain('RU');
  });

  it('only one country of the spotlight’s Eurasian group of four is a full EAEU member', () => {
    const g = eurasianGroup(data.partners);
    expect(g.all.map((p) => p.name)).toEqual(['Belarus', 'Tajikistan', 'Turkmenistan', 'Uzbekistan']);
    expect(g.members.map((p) => p.name)).toEqual(['Belarus']);
    expect(g.observers.map((p) => p.name)).toEqual(['Uzbekistan']);
    expect([figures(data)['eurasian-group']!.text, figures(data)['eurasian-eaeu-members']!.text]).toEqual(['four', 'one']);
    expect(rendered(partnersMap).title).toMatch(/^Of the four .*only Belarus/);
  });

  it('in September 2024: Belarus an EAEU member, Uzbekistan an observer since 11 December 2020, Tajikistan and Turkmenistan neither', () => {
    const byId = (id: string) => data.partners.find((p) => p.id === id)!;
    expect(['belarus', 'uzbekistan', 'tajikistan', 'turkmenistan'].map((id) => [formalCategory(byId(id)), formalMismatch(byId(id))])).toEqual([
      ['eaeu-member', undefined],
      ['eaeu-observer', 'EAEU observer only'],
      ['none', 'no EAEU status'],
      ['none', 'no EAEU status'],
    ]);
    const row = (name: string) => rendered(partnersMap, data).table.rows.find((r) => r['country'] === name)!;
    expect(row('Uzbekistan')['eaeu']).toBe('observer (since 11 December 2020)');
    expect(row('Tajikistan')['eaeu']).toBe('—');
  });

  it('Iran counts as BRICS (an EAEU observer only from December 2024), Turkey as OECD', () => {
    const byId = (id: string) => data.partners.find((p) => p.id === id)!;
    expect(formalCategory(byId('iran'))).toBe('brics');
    expect(formalCategory(byId('turkey'))).toBe('oecd');
    expect(formalMismatch(byId('turkey'))).toBe('also OECD');
  });
});

describe('the timeline', () => {
  const wide = timelineLayout(data.timeline, 'wide', timeline.sizes.wide);
  const at = (id: string) => wide.events.find((e) => e.event.id === id)!;

  it('the early 2010s are a span, drawn as one', () => {
    const span = at('policy-turn');
    expect(span.shape).toBe('span');
    expect(span.dateText).toBe('Early 2010s');
    expect(span.to - span.from).toBeGreaterThan(3 * ((wide.ticks[1]!.pos - wide.ticks[0]!.pos) * 0.99));
  });

  it('the policy turn predates the full-scale invasion, and 2022 is the busiest year', () => {
    expect(at('policy-turn').to).toBeLessThan(at('invasion').from);
    expect(busiestYear(data.timeline).year).toBe(2022);
  });

  it('the table lists events in date order with their precision', () => {
    const rows = rendered(timeline, data).table.rows;
    expect(rows[0]?.['date']).toBe('Early 2010s');
    expect(rows[0]?.['precision']).toBe('span');
    expect(rows.find((r) => r['event'] === 'Russia legalises parallel imports')?.['precision']).toBe('year');
  });
});
