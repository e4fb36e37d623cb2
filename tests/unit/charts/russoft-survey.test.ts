import { describe, expect, test } from 'vitest';
import russoftSurvey from '../../../src/charts/russoft-survey/russoft-survey';
import { rendered } from './helpers/rendered';
import { russoftSurveyLayout } from '../../../src/charts/russoft-survey/russoft-survey.layout';
import { LAYOUTS } from '../../../src/charts/types';
import { fixtureData, fixtureSurvey } from '../../fixtures/datasets';

// Five answers (ours has four), highlighting the second: what our survey says is in tests/content.
const wide = russoftSurveyLayout(fixtureSurvey, 'wide', russoftSurvey.sizes.wide);
const narrow = russoftSurveyLayout(fixtureSurvey, 'narrow', russoftSurvey.sizes.narrow);

describe('russoftSurveyLayout (fixture survey)', () => {
  test('draws one bar per answer, in the data’s order, however many there are, each below the last', () => {
    const reversed = { ...fixtureSurvey, answers: [...fixtureSurvey.answers].reverse() };
    for (const s of [fixtureSurvey, reversed])
      for (const layout of LAYOUTS) {
        const l = russoftSurveyLayout(s, layout, russoftSurvey.sizes[layout]);
        expect(l.rows.map((r) => r.id)).toEqual(s.answers.map((a) => a.id));
        for (const [i, r] of l.rows.entries()) if (i > 0) expect(r.y, r.id).toBeGreaterThanOrEqual(l.rows[i - 1]!.y + l.rows[i - 1]!.height);
      }
  });
  test('prints each answer’s share as the data gives it', () => {
    expect(wide.rows.map((r) => [r.id, r.value])).toEqual([
      ['significant-support', '12.3%'],
      ['undecided', '30.1%'],
      ['no-real-support', '20.4%'],
      ['no-impact', '27.1%'],
      ['other', '10.1%'],
    ]);
  });
  test('highlights only the answer the data names', () => {
    expect(wide.rows.filter((r) => r.highlight).map((r) => r.id)).toEqual(['undecided']);
  });
  test('draws bars to one 0–100% scale', () => {
    const full = wide.axis.x100 - wide.axis.x0;
    for (const r of wide.rows) expect(r.width).toBeCloseTo((r.percent / 100) * full, 5);
  });
  test('brackets the two “no help” answers with their sum', () => {
    expect(wide.bracket.total).toBe(47.5);
    expect(wide.bracket.text).toMatch(/^47\.5%/);
    const [a, b] = ['no-real-support', 'no-impact'].map((id) => wide.rows.find((r) => r.id === id)!);
    expect([wide.bracket.y1, wide.bracket.y2]).toEqual([a!.y, b!.y + b!.height]);
  });
  test('sets the bracket and its note right of the bar tracks, never on them', () => {
    for (const l of [wide, narrow]) {
      expect(l.bracket.x).toBeGreaterThan(l.axis.x100);
      expect(l.size.width - l.bracket.x).toBeGreaterThanOrEqual(80);
    }
  });
  test('puts labels beside bars when wide and above them when narrow', () => {
    const [w] = wide.rows;
    const [n] = narrow.rows;
    expect(w!.labelX).toBeLessThan(w!.x);
    expect(n!.labelY).toBeLessThan(n!.y);
  });
});

test('the SVG marks the highlighted answer', () => {
  expect(rendered(russoftSurvey, fixtureData).svg({ layout: 'wide' })).toMatch(/class="answer is-highlight" data-mark="undecided"/);
});
