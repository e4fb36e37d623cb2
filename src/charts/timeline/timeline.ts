/** Registry entry: from the early 2010s to the spotlight's publication. */
import type { Datasets } from '../../data';
import { EVENT_CATEGORIES, type EventCategory } from '../../schemas/timeline';
import { precisionOf } from '../../schemas/common';
import type { ChartDefinition, Size } from '../types';
import { frame } from '../shared/frame';
import { switchState } from '../shared/key';
import { chronological, eventDateText, timelineLayout } from './timeline.layout';
import { timelineSvg } from './timeline.svg';

const sizes: Record<'wide' | 'narrow', Size> = {
  wide: { width: 800, height: 506 },
  narrow: { width: 288, height: 968 },
};

export const CATEGORY_LABELS: Record<EventCategory, string> = {
  policy: 'Industrial policy',
  'war-sanctions': 'War and sanctions',
  technology: 'Technology',
  alliances: 'Alliances and diplomacy',
  publication: 'The spotlight',
};

function description(d: Datasets): string {
  const events = chronological(d.timeline);
  const firstEvent = events[0]!;
  const lastEvent = events.at(-1)!;
  const busiest = new Map<string, number>();
  for (const e of events) busiest.set(e.start.slice(0, 4), (busiest.get(e.start.slice(0, 4)) ?? 0) + 1);
  const [year, count] = [...busiest].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
  return [
    `A timeline of ${events.length} events, from “${firstEvent.title}” (${eventDateText(firstEvent)}) to “${lastEvent.title}” (${eventDateText(lastEvent)}).`,
    `${count} of them fall in ${year} alone.`,
    'Events known only to the year or month are drawn with a bracket or a hollow marker rather than a precise point.',
  ].join(' ');
}

export const timeline: ChartDefinition = {
  id: 'timeline',
  title: 'Russia’s policy turn predates the invasion; events cluster in 2022',
  subtitle: 'Industrial policy and the events around it, from the early 2010s to the spotlight’s publication in September 2024; each date only as precise as it is known',
  description,
  article: 'overview',
  sources: (d) => [...new Set(d.timeline.flatMap((e) => e.sources))],
  sizes,
  table: (d) => ({
    caption: 'Events on the timeline, in date order',
    columns: [
      { key: 'date', label: 'Date' },
      { key: 'precision', label: 'Known to the' },
      { key: 'category', label: 'Category' },
      { key: 'event', label: 'Event' },
      { key: 'summary', label: 'Details' },
      { key: 'sources', label: 'Sources' },
    ],
    rows: chronological(d.timeline).map((e) => ({
      date: eventDateText(e),
      precision: e.end ? 'span' : precisionOf(e.start),
      category: CATEGORY_LABELS[e.category],
      event: e.title,
      summary: e.summary,
      sources: e.sources.join(' '),
    })),
  }),
  notes: () => [
    'Dates are shown only as precisely as they are known: a filled dot for a known day, a hollow dot when only the month or year is known, and a bracket along the axis for a year or a span.',
  ],
  key: () => [
    ...EVENT_CATEGORIES.map((c) => ({ label: CATEGORY_LABELS[c], swatch: `category-${c}`, shape: 'dot' as const })),
    { label: 'Month or year known', swatch: 'ring-mark', shape: 'ring' as const },
    { label: 'Year or span', swatch: 'bracket-mark', shape: 'line' as const },
  ],
  controls: () => [],
  render: (d, o) => {
    const size = sizes[o.layout];
    const state = switchState(timeline.controls(d), o.state);
    const layout = timelineLayout(d.timeline, o.layout, size);
    return frame(
      { id: layout.id, layout: o.layout, theme: o.theme, labelledBy: o.labelledBy, describedBy: o.describedBy, size, title: timeline.title, description: description(d), state, key: timeline.key(d) },
      timelineSvg(layout),
    );
  },
};
