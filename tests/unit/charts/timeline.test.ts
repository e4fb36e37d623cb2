import { describe, expect, test } from 'vitest';
import { data } from '../../../src/data';
import type { TimelineEvent } from '../../../src/schemas/timeline';
import timeline from '../../../src/charts/timeline/timeline';
import { busiestYear, chronological, dateInterval, isAbove, timelineLayout, type TimelineLayout } from '../../../src/charts/timeline/timeline.layout';
import { LAYOUTS } from '../../../src/charts/types';
import { overlaps } from '../../../src/charts/shared/text';
import { el, serialize } from '../../../src/charts/shared/svg';
import { timelineSvg } from '../../../src/charts/timeline/timeline.svg';
import { textBoxes } from './helpers/svg-boxes';
import { getLocale } from '../../../src/i18n/locale';
import { en } from '../../../src/charts/timeline/messages/en';
import { longerWords, misfitsWith } from './helpers/fit';

const words = { locale: getLocale('en'), t: en };

/** A crowded fixture: a span, a lonely year, and a burst of events weeks apart at the right edge. */
const ev = (id: string, start: string, category: TimelineEvent['category'], title: string, end?: string): TimelineEvent => ({
  id,
  start,
  ...(end ? { end, dateLabel: 'Early 2000s' } : {}),
  category,
  title,
  summary: `Summary of ${id}.`,
  sources: ['s'],
});
const fixture: TimelineEvent[] = [
  ev('span', '2000', 'policy', 'A long policy shift that the source dates only loosely', '2003'),
  ev('lonely', '2005', 'technology', 'Something happens in a quiet year'),
  ev('a', '2010-02-01', 'war-sanctions', 'First of many events in the busy year'),
  ev('b', '2010-02-09', 'alliances', 'Second event, a week later, with a longer title than most'),
  ev('c', '2010-03', 'war-sanctions', 'Third event of the busy year'),
  ev('d', '2010', 'policy', 'A policy known only to the year'),
  ev('e', '2010-07-01', 'policy', 'A policy event in summer'),
  ev('f', '2010-07-04', 'policy', 'Another policy event days later'),
  ev('g', '2011-11-30', 'alliances', 'An alliance near the end'),
  ev('h', '2012-01-02', 'publication', 'The publication at the very end of the axis'),
];

const FIXTURE_SIZES = { wide: { width: 800, height: 600 }, narrow: { width: 288, height: 1000 } };

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

test('busiestYear counts dated events per year, not spans', () => {
  expect(busiestYear(fixture)).toEqual({ year: 2010, count: 6 });
});

/** What every layout must keep, on any events. */
function checkFrame(l: TimelineLayout) {
  expect(l.fitted).toBe(true);
  for (const a of l.events) {
    expect(a.box.x, a.event.id).toBeGreaterThanOrEqual(0);
    expect(a.box.y, a.event.id).toBeGreaterThanOrEqual(0);
    expect(a.box.x + a.box.width, a.event.id).toBeLessThanOrEqual(l.size.width + 0.01);
    expect(a.box.y + a.box.height, a.event.id).toBeLessThanOrEqual(l.size.height);
    for (const b of l.events) if (a !== b) expect(overlaps(a.box, b.box), `${a.event.id} / ${b.event.id}`).toBe(false);
  }
}

for (const [name, events] of [
  ['fixture', fixture],
  ['our data', data.timeline],
] as const) {
  describe(`timelineLayout (${name})`, () => {
    const sizes = name === 'fixture' ? FIXTURE_SIZES : timeline.sizes;
    const wide = timelineLayout(events, 'wide', sizes.wide, words);
    const narrow = timelineLayout(events, 'narrow', sizes.narrow, words);

    test('keeps every event, in time order', () => {
      expect(wide.events.map((e) => e.event.id)).toEqual(chronological(events).map((e) => e.id));
      expect(narrow.events.map((e) => e.event.id)).toEqual(chronological(events).map((e) => e.id));
      const ats = wide.events.map((e) => e.at);
      expect(ats).toEqual([...ats].sort((a, b) => a - b));
    });

    for (const l of [wide, narrow]) test(`${l.layout}: labels fit the frame and never overlap`, () => checkFrame(l));

    test('wide: every event is labelled directly, beside a stem from its own date', () => {
      for (const p of wide.events) {
        // The stem is vertical, at the event's date, and runs from the ruler to the flag's far end.
        expect(p.leader.x1).toBe(p.at);
        expect(p.leader.x2).toBe(p.at);
        const beside = p.hang === 'right' ? p.box.x - p.at : p.at - (p.box.x + p.box.width);
        expect(beside, p.event.id).toBeGreaterThan(0);
        expect(beside, p.event.id).toBeLessThanOrEqual(6);
        if (p.side === 'above') {
          expect(p.leader.y1).toBe(wide.axis.y1);
          expect(p.box.y + p.box.height).toBeLessThanOrEqual(wide.axis.y1);
          expect(p.leader.y2).toBeCloseTo(p.box.y, 6);
        } else {
          expect(p.leader.y1).toBe(wide.axis.y2);
          expect(p.box.y).toBeGreaterThanOrEqual(wide.axis.y2);
          expect(p.leader.y2).toBeCloseTo(p.box.y + p.box.height, 6);
        }
      }
      // No key to match numbers against.
      expect(serialize(el('svg', {}, timelineSvg(wide, en)))).not.toMatch(/num-label/);
    });

    test('wide: no stem runs through another event’s label', () => {
      for (const p of wide.events)
        for (const q of wide.events) {
          if (p === q) continue;
          const [y1, y2] = [Math.min(p.leader.y1, p.leader.y2), Math.max(p.leader.y1, p.leader.y2)];
          const crosses = p.at > q.box.x && p.at < q.box.x + q.box.width && y1 < q.box.y + q.box.height && y2 > q.box.y;
          expect(crosses, `${p.event.id}’s stem through ${q.event.id}`).toBe(false);
        }
    });

    test('wide: industrial policy above the ruler, everything else below', () => {
      for (const p of wide.events) expect(p.side).toBe(isAbove(p.category) ? 'above' : 'below');
    });

    test('both layouts shade the busiest year and say how many events it holds', () => {
      const busy = busiestYear(events);
      for (const l of [wide, narrow]) {
        expect(l.highlight?.year).toBe(busy.year);
        expect(l.highlight?.text).toContain(`${busy.count} of`);
        expect(l.highlight?.text).toContain(`${events.length}`);
      }
      // Wide: the band is that year on the ruler.
      const tick = wide.ticks.find((t) => t.year === busy.year)!;
      expect(wide.highlight?.from).toBe(tick.pos);
    });

    test('runs horizontally when wide and vertically when narrow', () => {
      expect(wide.orientation).toBe('horizontal');
      expect(narrow.orientation).toBe('vertical');
      expect(narrow.axis.x1).toBe(narrow.axis.x2);
    });
  });
}

describe('timeline SVG', () => {
  for (const [name, events, sizes] of [
    ['fixture', fixture, FIXTURE_SIZES],
    ['our data', data.timeline, timeline.sizes],
  ] as const)
    for (const layout of LAYOUTS) {
      test(`${name}, ${layout}: no drawn text overlaps another, and all of it is inside the frame`, () => {
        const size = sizes[layout];
        const svg = serialize(el('svg', {}, timelineSvg(timelineLayout(events, layout, size, words), en)));
        const texts = textBoxes(svg);
        expect(texts.length).toBeGreaterThan(events.length);
        for (const t of texts) {
          expect(t.x, t.text).toBeGreaterThanOrEqual(-0.5);
          // The width estimate errs wide: allow a tenth of it at the right edge.
          expect(t.x + t.width * 0.9, t.text).toBeLessThanOrEqual(size.width + 0.5);
          expect(t.y, t.text).toBeGreaterThanOrEqual(0);
          expect(t.y + t.height, t.text).toBeLessThanOrEqual(size.height + 0.5);
          for (const u of texts) if (u !== t) expect(overlaps(t, u), `“${t.text}” / “${u.text}”`).toBe(false);
        }
      });
    }
});

test('wide: a longer timeline (ours plus ten more events) is laid out with no overlaps and no stem through a label', () => {
  const more: TimelineEvent[] = [
    ...data.timeline,
    ...Array.from({ length: 10 }, (_, i) =>
      ev(`extra-${i}`, `${2013 + i}-${String(((i * 5) % 12) + 1).padStart(2, '0')}`, (['policy', 'technology', 'alliances', 'war-sanctions'] as const)[i % 4]!, `An added event, number ${i + 1}, with a title of usual length`),
    ),
  ];
  const l = timelineLayout(more, 'wide', { width: 800, height: 1600 }, words);
  checkFrame(l);
  for (const p of l.events)
    for (const q of l.events) {
      if (p === q) continue;
      const [y1, y2] = [Math.min(p.leader.y1, p.leader.y2), Math.max(p.leader.y1, p.leader.y2)];
      expect(p.at > q.box.x && p.at < q.box.x + q.box.width && y1 < q.box.y + q.box.height && y2 > q.box.y, `${p.event.id} / ${q.event.id}`).toBe(false);
    }
});

test('wide: a timeline too crowded for flags stops the build with a message, instead of drawing a tangle', () => {
  const crowded: TimelineEvent[] = Array.from({ length: 40 }, (_, i) =>
    ev(`e${i}`, `${2000 + Math.floor(i / 2)}-${String((i % 12) + 1).padStart(2, '0')}`, i % 3 ? 'technology' : 'policy', `Event number ${i} with a title of some length`),
  );
  expect(() => timelineLayout(crowded, 'wide', { width: 800, height: 2400 }, words)).toThrow(/shorten the titles or widen the frame/);
});

describe('timeline with longer words', () => {
  test('a long decade word widens the phone layout’s gutter instead of running past the left edge', () => {
    const long = (m: typeof en) => ({ ...m, decade: (start: string) => `${start}«s s»` });
    expect(misfitsWith(timeline, long)).toEqual([]);
  });
  test('in the pseudo-locale’s longer words every label of both layouts fits', () => {
    expect(misfitsWith(timeline, longerWords)).toEqual([]);
  }, 60_000);
});
