import { describe, expect, test } from 'vitest';
import { data } from '../../../src/data';
import type { Datasets } from '../../../src/data';
import type { Budget } from '../../../src/schemas/budget';
import competenceCentres from '../../../src/charts/competence-centres/competence-centres';
import { rendered } from './helpers/rendered';
import { getLocale } from '../../../src/i18n/locale';
import { en } from '../../../src/charts/competence-centres/messages/en';
import { competenceCentresLayout } from '../../../src/charts/competence-centres/competence-centres.layout';
import { LAYOUTS } from '../../../src/charts/types';
import { overlaps } from '../../../src/charts/shared/text';
import { rectBoxes, textBoxes, tooltipLines } from './helpers/svg-boxes';
import { fixtureSources } from '../../fixtures/datasets';
import { misfitsWith } from './helpers/fit';

/** A budget unlike ours, so the tests check the code, not our numbers. */
const fixture: Budget = {
  id: 'fixture',
  centres: 40,
  centresNote: 'A fixture count.',
  reportedCounts: [
    { id: 'later', centres: 60, date: '2023', label: 'centres reported later', sources: ['s-later'] },
    { id: 'earlier', centres: 25, date: '2021-03', label: 'centres reported earlier', sources: ['s-earlier'] },
  ],
  totalRub: 12e9,
  announced: '2020-01-15',
  announcedBy: 'Someone',
  terms: 'Fixture terms.',
  spotlightUsd: 120e6,
  rates: [
    { id: 'late', label: 'Late rate', rubPerUsd: 100, date: '2024-01-02', approximate: false, sources: ['s-rate'] },
    { id: 'early', label: 'Early rate', rubPerUsd: 50, date: '2020-01', approximate: true, sources: ['s-rate'] },
  ],
  sources: ['s-total'],
};
// With the fixtures' bibliography, so that the chart can name every source it cites.
const fixtureData: Datasets = { ...data, budget: fixture, sources: fixtureSources };

describe('competenceCentresLayout (fixture budget)', () => {
  for (const layout of LAYOUTS) {
    const size = competenceCentres.sizes[layout];
    const l = competenceCentresLayout(fixture, layout, size, { locale: getLocale('en'), t: en });
    const [usd, perCentre] = l.panels;

    test(`${layout}: the dollar panel converts the total at each rate, oldest rate first`, () => {
      expect(usd!.rows.map((r) => r.id)).toEqual(['early', 'late']);
      expect(usd!.rows.map((r) => r.amount)).toEqual([12e9 / 50, 12e9 / 100]);
      expect(usd!.rows.map((r) => r.value)).toEqual(['USD 240 million', 'USD 120 million']);
      // Each row says its rate and when it was taken.
      expect(usd!.rows[0]!.detail.join(' ')).toContain('about 50 roubles per dollar');
      expect(usd!.rows[0]!.name.join(' ')).toContain('January 2020, when announced');
      expect(usd!.rows[1]!.detail.join(' ')).toMatch(/100 roubles per dollar; the spotlight’s figure/);
    });

    test(`${layout}: the per-centre panel divides the total by every count, the spotlight’s first`, () => {
      expect(perCentre!.rows.map((r) => r.id)).toEqual(['count-spotlight', 'count-earlier', 'count-later']);
      expect(perCentre!.rows.map((r) => r.amount)).toEqual([12e9 / 40, 12e9 / 25, 12e9 / 60]);
      expect(perCentre!.rows.map((r) => r.value)).toEqual(['300 million', '480 million', '200 million']);
    });

    for (const p of l.panels) {
      test(`${layout} ${p.id}: bars start at zero and are proportional to their values`, () => {
        const zero = p.ticks.find((t) => t.label === '0');
        expect(zero?.x).toBe(p.x0);
        const ratio = p.rows[0]!.width / p.rows[0]!.amount;
        for (const r of p.rows) {
          expect(r.x).toBe(p.x0);
          expect(r.width / r.amount).toBeCloseTo(ratio, 9);
        }
        // The ticks are on the same scale: tick value × ratio is its distance from zero.
        for (const t of p.ticks) expect(t.x - p.x0).toBeCloseTo(Number(t.label.replace(/,/g, '')) * 1e6 * ratio, 6);
      });
    }

    test(`${layout}: everything fits the frame`, () => {
      expect(l.bottom).toBeLessThanOrEqual(size.height);
    });
  }
});

describe('competence-centres SVG', () => {
  for (const d of [fixtureData, data])
    for (const layout of LAYOUTS) {
      const name = `${d === data ? 'our data' : 'fixture'}, ${layout}`;
      const svg = rendered(competenceCentres, d).svg({ layout });
      const { width, height } = competenceCentres.sizes[layout];

      test(`${name}: no text overlaps another text or a bar, and all of it is inside the frame`, () => {
        const texts = textBoxes(svg);
        const bars = rectBoxes(svg).filter((b) => /\b(usd|rub)\b/.test(b.cls));
        expect(bars.length).toBeGreaterThan(0);
        for (const t of texts) {
          expect(t.x, t.text).toBeGreaterThanOrEqual(-0.5);
          // The width estimate errs wide: allow a tenth of it at the right edge.
          expect(t.x + t.width * 0.9, t.text).toBeLessThanOrEqual(width + 0.5);
          expect(t.y, t.text).toBeGreaterThanOrEqual(0);
          expect(t.y + t.height, t.text).toBeLessThanOrEqual(height + 0.5);
          for (const u of texts) if (u !== t) expect(overlaps(t, u), `“${t.text}” / “${u.text}”`).toBe(false);
          for (const b of bars) expect(overlaps(t, b), `“${t.text}” on a bar`).toBe(false);
        }
      });

      test(`${name}: no tooltip line starts with “=” (screen readers say “equals”)`, () => {
        const lines = tooltipLines(svg);
        expect(lines.length).toBeGreaterThan(0);
        for (const line of lines) expect(line.trim(), line).not.toMatch(/^[=≈]/);
      });

      test(`${name}: draws money, not a count: no square per centre`, () => {
        expect(rectBoxes(svg).length).toBeLessThan(d.budget.centres);
      });
    }

  test('has no control that only recolours: every figure is drawn at once', () => {
    expect(rendered(competenceCentres, fixtureData).controls).toEqual([]);
  });
});

describe('competence-centres table', () => {
  const t = rendered(competenceCentres, fixtureData).table;
  test('numeric columns hold numbers, with the unit in the label', () => {
    for (const c of t.columns.filter((c) => c.numeric)) {
      for (const row of t.rows) expect(typeof row[c.key], `${c.key}`).toBe('number');
      if (c.key !== 'centres') expect(c.label).toMatch(/\((million )?(roubles|US dollars)/);
    }
  });
  test('one row per count of centres, whose per-centre figure is the total divided by it', () => {
    expect(t.rows.map((r) => r['centres'])).toEqual([40, 25, 60]);
    for (const r of t.rows) expect(r['perCentreRub']).toBeCloseTo(Number(r['totalRub']) / Number(r['centres']), 1);
    expect(t.rows[0]!['totalUsd-early']).toBe(240);
    expect(t.rows[0]!['totalUsd-late']).toBe(120);
  });
  test('names the rate and its date in each dollar column', () => {
    const labels = t.columns.map((c) => c.label).join(' | ');
    expect(labels).toContain('at about 50 roubles per dollar, January 2020');
    expect(labels).toContain('at 100 roubles per dollar, 2 January 2024');
  });
});

describe('competence-centres with longer words', () => {
  // German money is short ("602 Mio. $"), so the value labels leave the scale its full width.
  test('a long tick unit shrinks the scale so that the last tick’s number and unit stay inside, in both layouts', () => {
    const long = (m: typeof en) => ({ ...m, tickUnit: ' «míllíöñ míllíöñ»', million: (n: string) => `${n} «míllíöñ míllíöñ»` });
    expect(misfitsWith(competenceCentres, long, { lang: 'de' })).toEqual([]);
  });
});
