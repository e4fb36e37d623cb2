/**
 * timeline layout: events from the early 2010s to the spotlight's publication on a linear time
 * scale. Horizontal (wide): labels in lanes above the axis, never overlapping each other or another
 * event's leader line. Vertical (narrow): labels in a column, nudged apart and joined to their date
 * on the axis. Dates are drawn only as precisely as they are known. Pure.
 */
import { scaleLinear } from 'd3-scale';
import { precisionOf, type DatePrecision, type PartialDate } from '../../schemas/common';
import type { EventCategory, TimelineEvent } from '../../schemas/timeline';
import { partialDateLabel } from '../../lib/format';
import type { ChartLayoutName, Size } from '../types';
import { textWidth, wrap, type Box } from '../shared/text';

/** A partial date as the interval of fractional years it could mean: "2019" is all of 2019. */
export function dateInterval(date: PartialDate): [number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  const yearStart = Date.UTC(y, 0, 1);
  const yearLen = Date.UTC(y + 1, 0, 1) - yearStart;
  const frac = (t: number) => y + (t - yearStart) / yearLen;
  if (m === undefined) return [y, y + 1];
  if (d === undefined) return [frac(Date.UTC(y, m - 1, 1)), frac(Date.UTC(y, m, 1))];
  const t = frac(Date.UTC(y, m - 1, d) + 12 * 3600e3);
  return [t, t];
}

export type EventShape = 'span' | 'year' | 'month' | 'day';

export interface PlacedEvent {
  event: TimelineEvent;
  category: EventCategory;
  precision: DatePrecision;
  shape: EventShape;
  dateText: string;
  titleLines: string[];
  /** Where the event sits in time (axis coordinate), and the extent of its uncertainty. */
  at: number;
  from: number;
  to: number;
  /** Label box and its text origin. */
  box: Box;
  /** Leader from the axis to the label (narrow) or to the numbered marker (wide). */
  leader: { x1: number; y1: number; x2: number; y2: number };
  /** Wide layout: the event's number, shared by its marker and its label. */
  number?: number;
  markY?: number;
}

export interface TimelineLayout {
  id: string;
  layout: ChartLayoutName;
  size: Size;
  font: number;
  orientation: 'horizontal' | 'vertical';
  /** The axis line: for horizontal, y is fixed; for vertical, x is fixed. */
  axis: { x1: number; y1: number; x2: number; y2: number };
  ticks: { year: number; pos: number }[];
  events: PlacedEvent[];
  /** True when every label fitted inside the frame without overlaps. */
  fitted: boolean;
  markerRadius?: number;
  labelIndent?: number;
  /** Narrow layout: a label at each new year; `gap` marks a break where years pass without events. */
  yearLabels?: YearLabel[];
}

export interface YearLabel {
  text: string;
  pos: number;
  gap: boolean;
}

const LINE = 1.25;

function shapeOf(e: TimelineEvent): EventShape {
  if (e.end) return 'span';
  return precisionOf(e.start);
}

export function eventDateText(e: TimelineEvent): string {
  if (e.dateLabel) return e.dateLabel;
  return partialDateLabel(e.start);
}

/** The middle of what a date (or span) could mean: where its marker sits on the axis. */
export function midpoint(e: TimelineEvent): number {
  const [s0, s1] = dateInterval(e.start);
  const end = e.end ? dateInterval(e.end)[1] : s1;
  return (s0 + end) / 2;
}

/** Events in time order, by the middle of their date (so "2022" sits between March and July 2022). */
export function chronological(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => midpoint(a) - midpoint(b) || a.id.localeCompare(b.id));
}

export function timelineLayout(events: readonly TimelineEvent[], layout: ChartLayoutName, size: Size): TimelineLayout {
  const sorted = chronological(events);
  const first = Math.floor(dateInterval(sorted[0]!.start)[0]);
  const lastEvent = sorted.at(-1)!;
  const last = Math.ceil(dateInterval(lastEvent.end ?? lastEvent.start)[1] + 0.01);
  return layout === 'wide' ? horizontal(sorted, size, first, last) : vertical(sorted, size);
}

function base(e: TimelineEvent, pos: (t: number) => number) {
  const [s0, s1] = dateInterval(e.start);
  const [, e1] = e.end ? dateInterval(e.end) : [s0, s1];
  const shape = shapeOf(e);
  const from = pos(s0);
  const to = pos(e.end ? e1 : s1);
  return { event: e, category: e.category, precision: precisionOf(e.start), shape, dateText: eventDateText(e), from, to, at: (from + to) / 2 };
}

/**
 * Horizontal: too many events fall in 2022 for labels beside their dates, so each date carries a
 * numbered marker (stacked upwards where dates crowd) and the labels run below the axis in numbered
 * columns, in time order.
 */
function horizontal(sorted: TimelineEvent[], size: Size, first: number, last: number): TimelineLayout {
  const font = 13.5;
  // Room for a two-digit number in bold 12 px inside the ring.
  const r = 11.5;
  const columns = 3;
  const colGap = 20;
  const colW = (size.width - colGap * (columns - 1)) / columns;
  const textX = 28;
  const x = scaleLinear().domain([first, last]).range([r + 2, size.width - r - 2]);
  const placedMarks: { x: number; level: number }[] = [];
  const items = sorted.map((e) => {
    const b = base(e, x);
    let level = 0;
    while (placedMarks.some((m) => m.level === level && Math.abs(m.x - b.at) < 2 * r + 3)) level++;
    placedMarks.push({ x: b.at, level });
    return { b, level, titleLines: wrap(e.title, font, colW - textX) };
  });
  const maxLevel = Math.max(...items.map((i) => i.level));
  const axisY = 16 + (maxLevel + 1) * (2 * r + 4);
  // Labels: column-major, in time order.
  const perColumn = Math.ceil(items.length / columns);
  const listTop = axisY + 44;
  const lh = font * LINE;
  let fitted = true;
  const colHeights: number[] = [];
  const events: PlacedEvent[] = items.map((it, i) => {
    const col = Math.floor(i / perColumn);
    const row = i % perColumn;
    if (row === 0) colHeights[col] = listTop;
    const top = colHeights[col]!;
    const h = (it.titleLines.length + 1) * lh;
    colHeights[col] = top + h + 12;
    const box: Box = { x: col * (colW + colGap), y: top, width: colW, height: h };
    if (top + h > size.height) fitted = false;
    const markY = axisY - r - 6 - it.level * (2 * r + 4);
    return { ...it.b, titleLines: it.titleLines, box, leader: { x1: it.b.at, y1: axisY, x2: it.b.at, y2: markY }, number: i + 1, markY };
  });
  const ticks = [];
  for (let year = first; year <= last; year++) ticks.push({ year, pos: x(year) });
  return {
    id: 'timeline-wide',
    layout: 'wide',
    size,
    font,
    orientation: 'horizontal',
    axis: { x1: x(first), y1: axisY, x2: x(last), y2: axisY },
    ticks,
    events,
    fitted,
    markerRadius: r,
    labelIndent: textX,
  };
}

/**
 * Vertical (phones): a list in time order, one row per event, so nothing overlaps and every label
 * sits beside its marker. The axis is not to scale: each new year gets a label, and a break mark
 * shows where years pass without an event.
 */
function vertical(sorted: TimelineEvent[], size: Size): TimelineLayout {
  const font = 13;
  const axisX = 58;
  const labelX = 74;
  const labelW = size.width - labelX - 2;
  const lh = font * LINE;
  let y = 8;
  let lastYear: number | undefined;
  const yearLabels: YearLabel[] = [];
  const events: PlacedEvent[] = sorted.map((e) => {
    const startYear = Number(e.start.slice(0, 4));
    const endYear = e.end ? Number(e.end.slice(0, 4)) : startYear;
    if (startYear !== lastYear) {
      if (lastYear !== undefined && startYear - lastYear > 1) {
        yearLabels.push({ text: '', pos: y + 2, gap: true });
        y += 14;
      }
      // A span gets its decade ("2010s"): as precise as the source, and narrow enough for the gutter.
      yearLabels.push({ text: endYear !== startYear ? `${String(startYear).slice(0, 3)}0s` : String(startYear), pos: y + font * 0.9, gap: false });
    }
    lastYear = endYear;
    const titleLines = wrap(e.title, font, labelW);
    const h = (titleLines.length + 1) * lh;
    const shape = shapeOf(e);
    const box: Box = { x: labelX, y, width: Math.max(textWidth(eventDateText(e), font, 'bold'), ...titleLines.map((l) => textWidth(l, font))), height: h };
    const markAt = y + font * 0.6;
    const placed: PlacedEvent = {
      event: e,
      category: e.category,
      precision: precisionOf(e.start),
      shape,
      dateText: eventDateText(e),
      titleLines,
      at: markAt,
      // Brackets for years and spans run the height of the row.
      from: shape === 'span' || shape === 'year' ? y + 1 : markAt,
      to: shape === 'span' || shape === 'year' ? y + h - 2 : markAt,
      box,
      leader: { x1: axisX + 6, y1: markAt, x2: labelX - 4, y2: markAt },
    };
    y += h + 12;
    return placed;
  });
  const fitted = y - 12 <= size.height && events.every((e) => e.box.width <= labelW + 1);
  return {
    id: 'timeline-narrow',
    layout: 'narrow',
    size,
    font,
    orientation: 'vertical',
    axis: { x1: axisX, y1: 2, x2: axisX, y2: Math.min(size.height, y - 6) },
    ticks: [],
    yearLabels,
    events,
    fitted,
  };
}
