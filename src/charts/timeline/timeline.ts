/** The chart: from the early 2010s to the spotlight's publication. */
import { EVENT_CATEGORIES } from '../../schemas/timeline';
import { precisionOf } from '../../schemas/common';
import { defineChart, type Size } from '../types';
import { chronological, eventDateText, timelineLayout } from './timeline.layout';
import { timelineSvg } from './timeline.svg';
import { messagesFiles } from '../shared/messages-files';
import type { TimelineMessages } from './messages/en';

const sizes: Record<'wide' | 'narrow', Size> = {
  wide: { width: 800, height: 506 },
  narrow: { width: 288, height: 968 },
};

export default defineChart({
  id: 'timeline',
  sizes,
  // Longer words (German titles) wrap to more lines: the frame grows to the drawing, never shrinks.
  sizeFor: ({ data, locale, t }, layout) => {
    const base = sizes[layout];
    const l = timelineLayout(data.timeline, layout, base, { locale, t });
    return l.fitted ? base : { width: base.width, height: Math.max(base.height, Math.ceil(l.extent) + 4) };
  },
  messages: messagesFiles<TimelineMessages>(import.meta.glob('./messages/*.ts', { eager: true }), 'src/charts/timeline/messages'),
  sources: (d) => d.timeline.flatMap((e) => e.sources),
  text: ({ data: d, locale, t }) => {
    const events = chronological(d.timeline);
    const first = events[0]!;
    const last = events.at(-1)!;
    const perYear = new Map<string, number>();
    for (const e of events) perYear.set(e.start.slice(0, 4), (perYear.get(e.start.slice(0, 4)) ?? 0) + 1);
    const [busiestYear, busiestCount] = [...perYear].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
    return {
      title: t.title,
      subtitle: t.subtitle,
      description: t.description({
        count: events.length,
        first: first.title,
        firstDate: eventDateText(first, locale),
        last: last.title,
        lastDate: eventDateText(last, locale),
        busiestCount,
        busiestYear: locale.date(busiestYear),
      }),
      table: {
        caption: t.tableCaption,
        columns: [
          { key: 'date', label: t.columns.date },
          { key: 'precision', label: t.columns.precision },
          { key: 'category', label: t.columns.category },
          { key: 'event', label: t.columns.event },
          { key: 'summary', label: t.columns.summary },
          { key: 'sources', label: t.columns.sources },
        ],
        rows: events.map((e) => ({
          date: eventDateText(e, locale),
          precision: t.precision[e.end ? 'span' : precisionOf(e.start)],
          category: t.categories[e.category],
          event: e.title,
          summary: e.summary,
          sources: e.sources.join(' '),
        })),
      },
      notes: [t.datesNote],
      key: [
        ...EVENT_CATEGORIES.map((c) => ({ label: t.categories[c], swatch: `category-${c}`, shape: 'dot' as const })),
        { label: t.key.ring, swatch: 'ring-mark', shape: 'ring' as const },
        { label: t.key.bracket, swatch: 'bracket-mark', shape: 'line' as const },
      ],
      controls: [],
    };
  },
  draw: ({ data, locale, t }, o) => timelineSvg(timelineLayout(data.timeline, o.layout, o.size, { locale, t }), t),
});
