/** Every English string of the timeline chart around its drawing (values come formatted). */
import type { EventCategory } from '../../../schemas/timeline';

export const en = {
  title: 'Russia’s policy turn predates the invasion; events cluster in 2022',
  subtitle:
    'Industrial policy and the events around it, from the early 2010s to the spotlight’s publication in September 2024; each date only as precise as it is known',
  description: (p: { count: number; first: string; firstDate: string; last: string; lastDate: string; busiestCount: number; busiestYear: string }) =>
    [
      `A timeline of ${p.count} events, from “${p.first}” (${p.firstDate}) to “${p.last}” (${p.lastDate}).`,
      `${p.busiestCount} of them fall in ${p.busiestYear} alone.`,
      'Events known only to the year or month are drawn with a bracket or a hollow marker rather than a precise point.',
    ].join(' '),
  categories: {
    policy: 'Industrial policy',
    'war-sanctions': 'War and sanctions',
    technology: 'Technology',
    alliances: 'Alliances and diplomacy',
    publication: 'The spotlight',
  } satisfies Record<EventCategory, string>,
  tableCaption: 'Events on the timeline, in date order',
  columns: { date: 'Date', precision: 'Known to the', category: 'Category', event: 'Event', summary: 'Details', sources: 'Sources' },
  precision: { span: 'span', year: 'year', month: 'month', day: 'day' },
  datesNote:
    'Dates are shown only as precisely as they are known: a filled dot for a known day, a hollow dot when only the month or year is known, and a bracket along the axis for a year or a span.',
  key: { ring: 'Month or year known', bracket: 'Year or span' },

  // In the drawing.
  /** What each side of the wide layout's ruler holds. */
  rowCaptions: { above: 'Industrial policy', below: 'War and sanctions, technology, alliances' },
  /** The shaded busiest year ("2022" formatted): wide above its band, narrow in the gutter. */
  busiest: {
    wide: (year: string, count: number, total: number) => `${year}: ${count} of the ${total} events`,
    narrow: (count: number, total: number) => `${count} of ${total} events`,
  },
  /** The gutter label of a span's first year: its decade ("2010" formatted) → "2010s". */
  decade: (start: string) => `${start}s`,
  tipTitle: (date: string, title: string) => `${date}: ${title}`,
  /** The tooltip's last line: how precisely the date is known. */
  precisionTip: {
    day: 'Exact day known.',
    month: 'Only the month is known.',
    year: 'Only the year is known.',
    span: 'A span: the source gives no exact dates.',
  },
};
/** What the chart's layout and drawing are given; a German file (issue 13) must satisfy it. */
export type TimelineMessages = typeof en;
