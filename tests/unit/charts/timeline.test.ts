import { describe, expect, test } from 'vitest';
import { data } from '../../../src/data';
import { timeline } from '../../../src/charts/timeline/timeline';
import { chronological, dateInterval, timelineLayout } from '../../../src/charts/timeline/timeline.layout';
import { overlaps } from '../../../src/charts/shared/text';

const wide = timelineLayout(data.timeline, 'wide', timeline.sizes.wide);
const narrow = timelineLayout(data.timeline, 'narrow', timeline.sizes.narrow);

describe('dateInterval', () => {
  test('reads a partial date as the time it could mean', () => {
    expect(dateInterval('2019')).toEqual([2019, 2020]);
    const [a, b] = dateInterval('2022-07');
    expect(a).toBeCloseTo(2022 + 181 / 365, 5);
    expect(b).toBeCloseTo(2022 + 212 / 365, 5);
    const [d0, d1] = dateInterval('2024-09-18');
    expect(d0).toBe(d1);
  });
});

describe('timelineLayout', () => {
  test('keeps every event, in time order, from the early-2010s span to the publication', () => {
    expect(wide.events).toHaveLength(data.timeline.length);
    expect(wide.events[0]?.event.id).toBe('policy-turn');
    expect(wide.events.at(-1)?.event.id).toBe('spotlight-published');
    expect(narrow.events.map((e) => e.event.id)).toEqual(chronological(data.timeline).map((e) => e.id));
    const ats = wide.events.map((e) => e.at);
    expect(ats).toEqual([...ats].sort((a, b) => a - b));
  });
  test('draws the early 2010s as a span with its label, not as a date', () => {
    const span = wide.events.find((e) => e.event.id === 'policy-turn')!;
    expect(span.shape).toBe('span');
    expect(span.dateText).toBe('Early 2010s');
    expect(span.to - span.from).toBeGreaterThan(3 * ((wide.ticks[1]!.pos - wide.ticks[0]!.pos) * 0.99));
  });
  test('draws each date as precisely as it is known', () => {
    const shape = (id: string) => wide.events.find((e) => e.event.id === id)!.shape;
    expect(shape('manturov-minister')).toBe('year');
    expect(shape('uvz-sanctioned')).toBe('month');
    expect(shape('sovereignty-speech')).toBe('day');
    const year = wide.events.find((e) => e.event.id === 'parallel-imports')!;
    expect(year.to - year.from).toBeGreaterThan(20);
  });
  test('runs horizontally when wide and vertically when narrow', () => {
    expect(wide.orientation).toBe('horizontal');
    expect(wide.axis.y1).toBe(wide.axis.y2);
    expect(narrow.orientation).toBe('vertical');
    expect(narrow.axis.x1).toBe(narrow.axis.x2);
  });
  for (const l of [wide, narrow]) {
    test(`${l.layout}: labels fit the frame and never overlap`, () => {
      expect(l.fitted).toBe(true);
      for (const a of l.events) {
        expect(a.box.x + a.box.width).toBeLessThanOrEqual(l.size.width + 0.01);
        expect(a.box.y + a.box.height).toBeLessThanOrEqual(l.size.height);
        for (const b of l.events) if (a !== b) expect(overlaps(a.box, b.box), `${a.event.id} / ${b.event.id}`).toBe(false);
      }
    });
  }
  test('wide: numbered markers never overlap one another', () => {
    const r = wide.markerRadius ?? 10;
    for (const a of wide.events)
      for (const b of wide.events)
        if (a !== b) expect(Math.hypot(a.at - b.at, (a.markY ?? 0) - (b.markY ?? 0)), `${a.event.id} / ${b.event.id}`).toBeGreaterThanOrEqual(2 * r);
  });
});

test('the table lists events in date order with their precision', () => {
  const rows = timeline.table(data).rows;
  expect(rows[0]?.['date']).toBe('Early 2010s');
  expect(rows[0]?.['precision']).toBe('span');
  expect(rows.find((r) => r['event'] === 'Russia legalises parallel imports')?.['precision']).toBe('year');
});
