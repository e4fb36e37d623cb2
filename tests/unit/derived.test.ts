/** Derived figures, computed from fixture data unlike ours: what our own numbers come to is in tests/content/figures.test.ts. */
import { describe, expect, it } from 'vitest';
import {
  averagePerCentreRub,
  countAverages,
  eurasianGroup,
  foreignShare,
  impliedRubPerUsd,
  namedPartners,
  rate,
  surveyShare,
  toUsd,
} from '../../src/data/derived';
import { figures } from '../../src/data/figures';
import { fixtureBudget, fixtureData, fixturePartners, fixtureSoftware, fixtureSurvey } from '../fixtures/datasets';

describe('derived figures (fixture data: 12 billion roubles, 40 centres, rates of 100 and 50)', () => {
  it('averagePerCentreRub divides the budget by the number of centres, or by the count given', () => {
    expect(averagePerCentreRub(fixtureBudget)).toBe(300e6);
    expect(averagePerCentreRub(fixtureBudget, 60)).toBe(200e6);
  });

  it('countAverages divides the total by every count: the spotlight’s first, then the reported ones oldest first', () => {
    expect(countAverages(fixtureBudget).map((c) => [c.id, c.centres, c.averageRub, c.spotlight])).toEqual([
      ['spotlight', 40, 300e6, true],
      ['jul-2022', 25, 480e6, false],
      ['apr-2023', 60, 200e6, false],
    ]);
  });

  it('toUsd converts at the rate it is given; rate() finds a rate by id and names a missing one', () => {
    expect(toUsd(fixtureBudget.totalRub, rate(fixtureBudget, 'sep-2024'))).toBe(120e6);
    expect(toUsd(fixtureBudget.totalRub, rate(fixtureBudget, 'jul-2022'))).toBe(240e6);
    expect(() => rate(fixtureBudget, 'no-such-rate')).toThrow(/no exchange rate "no-such-rate"/);
  });

  it('impliedRubPerUsd is the rate the spotlight’s dollars imply', () => {
    expect(impliedRubPerUsd(fixtureBudget)).toBe(80);
  });

  it('foreignShare turns a domestic share into the foreign remainder and keeps a foreign one', () => {
    const byId = (id: string) => fixtureSoftware.find((e) => e.id === id)!;
    expect(foreignShare(byId('kommersant-2021'))).toEqual({ low: 55, high: 80 });
    expect(foreignShare(byId('massukh-2019'))).toEqual({ low: 60, high: 75 });
  });

  it('surveyShare adds answers without float noise', () => {
    expect(surveyShare(fixtureSurvey, ['no-real-support', 'no-impact'])).toBe(47.5);
    expect(surveyShare(fixtureSurvey, fixtureSurvey.answers.map((a) => a.id))).toBe(100);
    expect(surveyShare(fixtureSurvey, [])).toBe(0);
  });

  it('namedPartners leaves out Russia itself and no one else', () => {
    const named = namedPartners(fixturePartners);
    expect(named.map((p) => p.id)).toEqual(['armenia', 'moldova', 'mongolia', 'laos', 'china']);
  });

  it('eurasianGroup splits the Eurasian group by EAEU status', () => {
    const g = eurasianGroup(fixturePartners);
    expect(g.all.map((p) => p.name)).toEqual(['Armenia', 'Moldova', 'Mongolia']);
    expect(g.members.map((p) => p.name)).toEqual(['Armenia']);
    expect(g.observers.map((p) => p.name)).toEqual(['Moldova']);
    expect(g.none.map((p) => p.name)).toEqual(['Mongolia']);
  });

  it('figures() prints each figure the way the prose says it', () => {
    const f = figures(fixtureData);
    expect(Object.fromEntries(Object.entries(f).map(([k, v]) => [k, v.text]))).toMatchObject({
      centres: '40',
      'total-rub': '12 billion roubles',
      'avg-rub': 'about 300 million roubles',
      'centres-jul-2022': '25',
      'avg-rub-jul-2022': 'about 480 million roubles',
      'centres-apr-2023': '60',
      'avg-rub-apr-2023': 'about 200 million roubles',
      'usd-spotlight': 'about USD 150 million',
      'usd-now': 'about USD 120 million',
      'usd-then': 'about USD 240 million',
      'survey-support': '12.3%',
      'survey-not-helped': '47.5%',
      'partners-count': '5',
      'eurasian-group': 'three',
      'eurasian-eaeu-members': 'one',
      'foreign-share': '80%',
      'kommersant-foreign': '55–80%',
    });
    expect(f['avg-rub']!.label).toMatch(/unconfirmed 40 centres/);
  });

  it('figures() names the record it needs when the data lacks it', () => {
    const noAnswer = { ...fixtureData, survey: { ...fixtureSurvey, answers: fixtureSurvey.answers.filter((a) => a.id !== 'no-impact') } };
    expect(() => figures(noAnswer)).toThrow(/no answer "no-impact"/);
  });
});
