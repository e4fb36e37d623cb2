import { describe, expect, test } from 'vitest';
import foreignSoftware from '../../../src/charts/foreign-software/foreign-software';
import { rendered } from './helpers/rendered';
import { getLocale } from '../../../src/i18n/locale';
import { en } from '../../../src/charts/foreign-software/messages/en';
import { foreignSoftwareLayout } from '../../../src/charts/foreign-software/foreign-software.layout';
import { fixtureData, fixtureSoftware } from '../../fixtures/datasets';
import { misfitsWith } from './helpers/fit';

// Fixture estimates (the spotlight's 80%, a foreign 60–75%, a domestic 20–45%): ours are in tests/content.
const wide = foreignSoftwareLayout(fixtureSoftware, 'wide', foreignSoftware.sizes.wide, getLocale('en'), en);
const narrow = foreignSoftwareLayout(fixtureSoftware, 'narrow', foreignSoftware.sizes.narrow, getLocale('en'), en);
const row = (id: string) => wide.rows.find((r) => r.estimate.id === id)!;

describe('foreignSoftwareLayout (fixture estimates)', () => {
  test('shows every estimate, the spotlight first', () => {
    expect(wide.rows.map((r) => r.estimate.id)).toEqual(fixtureSoftware.map((e) => e.id));
    expect(wide.rows[0]?.estimate.isSpotlight).toBe(true);
  });
  test('turns a domestic share into the foreign remainder: 20–45% domestic is a 55–80% foreign band', () => {
    const k = row('kommersant-2021');
    expect([k.low, k.high]).toEqual([55, 80]);
    expect(k.isRange).toBe(true);
    expect(k.value).toBe('55–80%');
    expect(k.x2).toBeGreaterThan(k.x1);
  });
  test('keeps a foreign range as it is', () => {
    const m = row('massukh-2019');
    expect([m.low, m.high, m.value]).toEqual([60, 75, '60–75%']);
  });
  test('draws a single value as a point', () => {
    const r = row('spotlight');
    expect(r.isRange).toBe(false);
    expect(r.x1).toBe(r.x2);
    expect(r.value).toBe('80%');
  });
  test('uses one 0–100% scale for every row', () => {
    expect(wide.ticks.map((t) => t.label)).toEqual(['0%', '25%', '50%', '75%', '100%']);
    const at = (p: number) => wide.ticks[0]!.x + p * (wide.ticks[4]!.x - wide.ticks[0]!.x);
    expect(row('spotlight').x1).toBeCloseTo(at(0.8), 5);
    expect([row('kommersant-2021').x1, row('kommersant-2021').x2]).toEqual([expect.closeTo(at(0.55), 5), expect.closeTo(at(0.8), 5)]);
  });
  test('puts labels in a column when wide and above each scale when narrow', () => {
    expect(wide.plot.x0).toBeGreaterThan(200);
    expect(narrow.plot.x0).toBeLessThan(20);
    for (const r of narrow.rows) expect(r.labelY).toBeLessThan(r.y);
  });
});

test('the SVG sets the spotlight apart and draws the range as a band', () => {
  const svg = rendered(foreignSoftware, fixtureData).svg({ layout: 'wide' });
  expect(svg).toMatch(/class="estimate is-spotlight" data-mark="spotlight"/);
  expect(svg).toMatch(/<rect class="band"/);
});

describe('foreign-software with longer words', () => {
  test('a long scale unit wraps inside the drawing and the frame grows to hold it, in both layouts', () => {
    const long = (m: typeof en) => ({ ...m, axisUnit: '«Sháré öf söftwáré thát wás föréígñ Sháré öf söftwáré»' });
    expect(misfitsWith(foreignSoftware, long)).toEqual([]);
  });
});
