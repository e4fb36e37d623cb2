import { describe, expect, it } from 'vitest';
import { data } from '../../src/data';
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

describe('derived figures', () => {
  it('averagePerCentreRub divides the budget by the number of centres', () => {
    expect(averagePerCentreRub(data.budget)).toBeCloseTo(data.budget.totalRub / data.budget.centres);
    expect(Math.round(averagePerCentreRub(data.budget) / 1e6)).toBe(687);
  });

  it('countAverages divides the total by every count: the spotlight’s first, then the reported ones oldest first', () => {
    const b = { ...data.budget, totalRub: 1200, centres: 12, reportedCounts: [
      { id: 'late', centres: 4, date: '2023', label: 'late', sources: ['x'] },
      { id: 'early', centres: 6, date: '2021-05', label: 'early', sources: ['y'] },
    ] };
    const counts = countAverages(b);
    expect(counts.map((c) => [c.id, c.centres, c.averageRub, c.spotlight])).toEqual([
      ['spotlight', 12, 100, true],
      ['early', 6, 200, false],
      ['late', 4, 300, false],
    ]);
  });

  it('our averages: about 687 million roubles for 54 centres, 1,060 million for 35 and 1,124 million for 33', () => {
    expect(countAverages(data.budget).map((c) => [c.centres, Math.round(c.averageRub / 1e6)])).toEqual([
      [54, 687],
      [35, 1060],
      [33, 1124],
    ]);
  });

  it('the September 2024 rate reproduces the spotlight’s USD 407 million', () => {
    const usd = toUsd(data.budget.totalRub, rate(data.budget, 'sep-2024'));
    expect(Math.round(usd / 1e6)).toBe(data.budget.spotlightUsd / 1e6);
  });

  it('the July 2022 rate gives about USD 602 million', () => {
    expect(Math.round(toUsd(data.budget.totalRub, rate(data.budget, 'jul-2022')) / 1e6)).toBe(602);
  });

  it('the spotlight’s dollars imply about 91.2 roubles per dollar', () => {
    expect(impliedRubPerUsd(data.budget)).toBeCloseTo(91.2, 1);
  });

  it('foreignShare turns a domestic share into the foreign remainder', () => {
    const k = data.foreignSoftware.find((e) => e.id === 'kommersant-2021')!;
    expect(foreignShare(k)).toEqual({ low: 65, high: 70 });
    const s = data.foreignSoftware.find((e) => e.isSpotlight)!;
    expect(foreignShare(s)).toEqual({ low: 90, high: 90 });
  });

  it('surveyShare adds answers without float noise', () => {
    expect(surveyShare(data.survey, ['no-real-support', 'no-impact'])).toBe(65.9);
    expect(surveyShare(data.survey, data.survey.answers.map((a) => a.id))).toBe(100);
  });

  it('namedPartners leaves out Russia itself', () => {
    const named = namedPartners(data.partners);
    expect(named).toHaveLength(17);
    expect(named.map((p) => p.alpha2)).not.toContain('RU');
  });

  it('only one country of the spotlight’s Eurasian group is a full EAEU member', () => {
    const g = eurasianGroup(data.partners);
    expect(g.all.map((p) => p.name)).toEqual(['Belarus', 'Tajikistan', 'Turkmenistan', 'Uzbekistan']);
    expect(g.members.map((p) => p.name)).toEqual(['Belarus']);
    expect(g.observers.map((p) => p.name)).toEqual(['Uzbekistan']);
  });

  it('figures() prints what articles say', () => {
    const f = figures(data);
    expect(f['avg-rub']!.text).toBe('about 687 million roubles');
    expect(f['centres-jul-2022']!.text).toBe('35');
    expect(f['avg-rub-jul-2022']!.text).toBe('about 1,060 million roubles');
    expect(f['centres-apr-2023']!.text).toBe('33');
    expect(f['avg-rub-apr-2023']!.text).toBe('about 1,124 million roubles');
    expect(f['usd-spotlight']!.text).toBe('about USD 407 million');
    expect(f['usd-now']!.text).toBe('about USD 407 million');
    expect(f['usd-then']!.text).toBe('about USD 602 million');
    expect(f['total-rub']!.text).toBe('37.1 billion roubles');
    expect(f['survey-not-helped']!.text).toBe('65.9%');
    expect(f['kommersant-foreign']!.text).toBe('65–70%');
    expect(f['eurasian-group']!.text).toBe('four');
    expect(f['eurasian-eaeu-members']!.text).toBe('one');
  });
});

describe('averages per centre at the other reported counts', () => {
  it('divides the same total by each count public reporting gives, so the three averages differ', () => {
    const f = figures(data);
    for (const c of data.budget.reportedCounts) {
      expect(averagePerCentreRub(data.budget, c.centres)).toBeCloseTo(data.budget.totalRub / c.centres);
      expect(c.centres).not.toBe(data.budget.centres);
    }
    const texts = ['avg-rub', 'avg-rub-jul-2022', 'avg-rub-apr-2023'].map((k) => f[k]!.text);
    expect(new Set(texts).size).toBe(3);
    expect(f['avg-rub']!.label).toMatch(/unconfirmed/);
  });
});
