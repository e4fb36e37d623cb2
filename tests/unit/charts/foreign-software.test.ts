import { describe, expect, test } from 'vitest';
import { data } from '../../../src/data';
import foreignSoftware from '../../../src/charts/foreign-software/foreign-software';
import { rendered } from './helpers/rendered';
import { foreignSoftwareLayout } from '../../../src/charts/foreign-software/foreign-software.layout';

const wide = foreignSoftwareLayout(data.foreignSoftware, 'wide', foreignSoftware.sizes.wide);
const narrow = foreignSoftwareLayout(data.foreignSoftware, 'narrow', foreignSoftware.sizes.narrow);
const row = (id: string) => wide.rows.find((r) => r.estimate.id === id)!;

describe('foreignSoftwareLayout', () => {
  test('shows every estimate, the spotlight first', () => {
    expect(wide.rows.map((r) => r.estimate.id)).toEqual(data.foreignSoftware.map((e) => e.id));
    expect(wide.rows[0]?.estimate.isSpotlight).toBe(true);
  });
  test('turns Kommersant’s 30–35% domestic share into a 65–70% foreign band', () => {
    const k = row('kommersant-2021');
    expect([k.low, k.high]).toEqual([65, 70]);
    expect(k.isRange).toBe(true);
    expect(k.value).toBe('65–70%');
    expect(k.x2).toBeGreaterThan(k.x1);
  });
  test('draws single values as points: the spotlight’s 90% and Massukh’s 90%', () => {
    for (const id of ['spotlight', 'massukh-2019']) {
      const r = row(id);
      expect(r.isRange).toBe(false);
      expect(r.x1).toBe(r.x2);
      expect(r.value).toBe('90%');
    }
  });
  test('uses one 0–100% scale for every row', () => {
    expect(wide.ticks.map((t) => t.label)).toEqual(['0%', '25%', '50%', '75%', '100%']);
    expect(row('spotlight').x1).toBeCloseTo(wide.ticks[0]!.x + 0.9 * (wide.ticks[4]!.x - wide.ticks[0]!.x), 5);
  });
  test('puts labels in a column when wide and above each scale when narrow', () => {
    expect(wide.plot.x0).toBeGreaterThan(200);
    expect(narrow.plot.x0).toBeLessThan(20);
    for (const r of narrow.rows) expect(r.labelY).toBeLessThan(r.y);
  });
});

test('the SVG sets the spotlight apart and draws the range as a band', () => {
  const svg = rendered(foreignSoftware, data).svg({ layout: 'wide' });
  expect(svg).toMatch(/class="estimate is-spotlight" data-mark="spotlight"/);
  expect(svg).toMatch(/<rect class="band"/);
});
