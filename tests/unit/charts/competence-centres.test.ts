import { describe, expect, test } from 'vitest';
import { data } from '../../../src/data';
import { averagePerCentreRub, rate, toUsd } from '../../../src/data/derived';
import { competenceCentres } from '../../../src/charts/competence-centres/competence-centres';
import { competenceCentresLayout } from '../../../src/charts/competence-centres/competence-centres.layout';

const b = data.budget;
const wide = competenceCentresLayout(b, 'wide', competenceCentres.sizes.wide);
const narrow = competenceCentresLayout(b, 'narrow', competenceCentres.sizes.narrow);

describe('competenceCentresLayout', () => {
  test('gives one cell per centre: 54', () => {
    expect(wide.cells).toHaveLength(54);
    expect(narrow.cells).toHaveLength(b.centres);
  });
  test('computes the average per centre from the total (about 687 million roubles)', () => {
    expect(wide.averageRub).toBe(averagePerCentreRub(b));
    expect(Math.round(wide.averageRub / 1e6)).toBe(687);
    expect(wide.figures.find((f) => f.id === 'rub')?.each).toBe('About 687 million roubles per centre on average');
  });
  test('converts the total at each rate: about USD 602 million (July 2022) and USD 407 million (12 Sept 2024)', () => {
    const [then, now] = wide.bars;
    expect(then?.rate.id).toBe('jul-2022');
    expect(now?.rate.id).toBe('sep-2024');
    expect(Math.round(toUsd(b.totalRub, rate(b, 'jul-2022')) / 1e6)).toBe(602);
    expect(then?.value).toBe('USD 602 million');
    expect(now?.value).toBe('USD 407 million');
    expect(now!.width).toBeLessThan(then!.width);
  });
  test('states the rate and its date with each dollar figure', () => {
    expect(wide.figures.map((f) => f.basis)).toEqual([
      'As announced, 11 July 2022',
      'At about 61.6 roubles per dollar, July 2022',
      'At 91.26 roubles per dollar, 12 September 2024',
    ]);
  });
  test('puts the dollar bars beside the grid when wide and below it when narrow', () => {
    expect(wide.barsOrigin.x).toBeGreaterThan(wide.grid.x + wide.grid.width);
    expect(narrow.barsOrigin.x).toBe(0);
    expect(narrow.barsOrigin.y).toBeGreaterThan(narrow.grid.y + narrow.grid.height);
  });
});

describe('competence-centres SVG', () => {
  test('shows every currency with JavaScript off: the dollar bars are always drawn', () => {
    const svg = competenceCentres.render(data, { layout: 'narrow' });
    expect(svg).toContain('USD 602 million');
    expect(svg).toContain('USD 407 million');
    expect(svg).toContain('37.1 billion roubles');
    expect(svg.match(/class="cell"/g)).toHaveLength(54);
  });
  test('the footnote keeps the other counts of centres', () => {
    expect(competenceCentres.notes(data).join(' ')).toMatch(/35 .*33/);
  });
});
