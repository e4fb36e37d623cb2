import { describe, expect, test } from 'vitest';
import { data } from '../../../src/data';
import russoftSurvey from '../../../src/charts/russoft-survey/russoft-survey';
import { rendered } from './helpers/rendered';
import { russoftSurveyLayout } from '../../../src/charts/russoft-survey/russoft-survey.layout';

const wide = russoftSurveyLayout(data.survey, 'wide', russoftSurvey.sizes.wide);
const narrow = russoftSurveyLayout(data.survey, 'narrow', russoftSurvey.sizes.narrow);

describe('russoftSurveyLayout', () => {
  test('has four answers that add up to 100%', () => {
    expect(wide.rows).toHaveLength(4);
    expect(wide.rows.reduce((s, r) => s + r.percent, 0)).toBeCloseTo(100, 5);
  });
  test('keeps the survey’s order and values', () => {
    expect(wide.rows.map((r) => [r.id, r.value])).toEqual([
      ['significant-support', '7.2%'],
      ['undecided', '26.9%'],
      ['no-real-support', '17.7%'],
      ['no-impact', '48.2%'],
    ]);
    const ys = wide.rows.map((r) => r.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });
  test('highlights only the answer the data names', () => {
    expect(wide.rows.filter((r) => r.highlight).map((r) => r.id)).toEqual([data.survey.highlight]);
  });
  test('draws bars to one 0–100% scale', () => {
    const full = wide.axis.x100 - wide.axis.x0;
    for (const r of wide.rows) expect(r.width).toBeCloseTo((r.percent / 100) * full, 5);
  });
  test('brackets the two “no help” answers: 65.9%', () => {
    expect(wide.bracket.total).toBe(65.9);
    expect(wide.bracket.text).toMatch(/^65\.9%/);
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
  expect(rendered(russoftSurvey, data).svg({ layout: 'wide' })).toMatch(/class="answer is-highlight" data-mark="significant-support"/);
});
