/**
 * timeline layout: events from the early 2010s to the spotlight's publication on a linear time
 * scale. Horizontal (wide): labels in lanes above the axis, never overlapping each other or another
 * event's leader line. Vertical (narrow): labels in a column, nudged apart and joined to their date
 * on the axis. Dates are drawn only as precisely as they are known. Pure.
 */
import { scaleLinear } from 'd3-scale';
import { precisionOf, type DatePrecision, type PartialDate } from '../../schemas/common';
import type { EventCategory, TimelineEvent } from '../../schemas/timeline';
import type { ChartLayoutName, Locale, Size } from '../types';
import type { TimelineMessages } from './messages/en';
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
  /** Wide layout: which side of the ruler the flag is on, and which side of its stem it hangs. */
  side?: 'above' | 'below';
  hang?: 'left' | 'right';
}

export interface TimelineLayout {
  id: string;
  layout: ChartLayoutName;
  size: Size;
  font: number;
  orientation: 'horizontal' | 'vertical';
  /** The axis: for horizontal, the ruler of years from y1 (top edge) to y2 (bottom edge); for vertical, a line at x. */
  axis: { x1: number; y1: number; x2: number; y2: number };
  ticks: { year: number; pos: number; label: string }[];
  events: PlacedEvent[];
  /** True when every label fitted inside the frame without overlaps. */
  fitted: boolean;
  /** How tall the drawing is, from its top to its lowest label (can pass `size.height` when not fitted). */
  extent: number;
  /** Wide: what each side of the ruler holds; y is the top of the caption's first line. */
  captions?: { above: { lines: string[]; x: number; y: number }; below: { lines: string[]; x: number; y: number } };
  /** The busiest year, shaded, with how many events it holds. */
  highlight?: { from: number; to: number; year: number; count: number; text: string; textY: number };
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

/** The chart's words and the language's formats, as `draw` and `text` get them. */
export interface Words {
  locale: Locale;
  t: TimelineMessages;
}

export function eventDateText(e: TimelineEvent, locale: Locale): string {
  if (e.dateLabel) return e.dateLabel;
  return locale.date(e.start);
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

/**
 * Layouts already worked out: the wide one searches through the flags' arrangements. Per messages
 * object (their texts set the flags' widths) and language.
 */
const memo = new WeakMap<TimelineMessages, Map<string, TimelineLayout>>();

export function timelineLayout(events: readonly TimelineEvent[], layout: ChartLayoutName, size: Size, w: Words): TimelineLayout {
  let known = memo.get(w.t);
  if (!known) memo.set(w.t, (known = new Map()));
  const key = JSON.stringify([w.locale.lang, layout, size, events]);
  const done = known.get(key);
  if (done) return structuredClone(done);
  const l = computeLayout(events, layout, size, w);
  known.set(key, structuredClone(l));
  return l;
}

function computeLayout(events: readonly TimelineEvent[], layout: ChartLayoutName, size: Size, w: Words): TimelineLayout {
  const sorted = chronological(events);
  const first = Math.floor(dateInterval(sorted[0]!.start)[0]);
  const lastEvent = sorted.at(-1)!;
  const last = Math.ceil(dateInterval(lastEvent.end ?? lastEvent.start)[1] + 0.01);
  return layout === 'wide' ? horizontal(sorted, size, first, last, w) : vertical(sorted, size, w);
}

function base(e: TimelineEvent, pos: (t: number) => number, locale: Locale) {
  const [s0, s1] = dateInterval(e.start);
  const [, e1] = e.end ? dateInterval(e.end) : [s0, s1];
  const shape = shapeOf(e);
  const from = pos(s0);
  const to = pos(e.end ? e1 : s1);
  return { event: e, category: e.category, precision: precisionOf(e.start), shape, dateText: eventDateText(e, locale), from, to, at: (from + to) / 2 };
}

/** The year with the most events (the earliest if tied) and how many fall in it. */
export function busiestYear(events: readonly TimelineEvent[]): { year: number; count: number } {
  const counts = new Map<number, number>();
  for (const e of events) {
    if (e.end) continue;
    const y = Number(e.start.slice(0, 4));
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  const [year, count] = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [0, 0];
  return { year, count };
}

const SPACE = 0.32;
/** Width of a flag's first line: the date in bold, a space, then the title's first words. */
export const firstLineWidth = (date: string, rest: string, font: number): number =>
  textWidth(date, font, 'bold') + (rest ? SPACE * font + textWidth(rest, font) : 0);

/** The title wrapped after a bold date on its first line: line 0 is what follows the date. */
export function wrapAfter(date: string, title: string, font: number, width: number): string[] {
  const words = title.split(/\s+/).filter(Boolean);
  let first = '';
  while (words.length && firstLineWidth(date, first ? `${first} ${words[0]}` : words[0]!, font) <= width) first = first ? `${first} ${words.shift()}` : words.shift()!;
  return [first, ...(words.length ? wrap(words.join(' '), font, width) : [])];
}

/**
 * `wrap`, and a word still wider than the width broken with a hyphen: a caption must stay left of
 * every stem, and a long word in a longer language ("Industriepolitik" in a bracketed test
 * locale) would otherwise leave no arrangement at all.
 */
export function wrapBreaking(s: string, size: number, width: number, weight: 'normal' | 'bold'): string[] {
  return wrap(s, size, width, weight).flatMap((line) => {
    if (textWidth(line, size, weight) <= width) return [line];
    const parts: string[] = [];
    let rest = line;
    while (textWidth(rest, size, weight) > width && rest.length > 1) {
      let n = rest.length - 1;
      while (n > 1 && textWidth(`${rest.slice(0, n)}-`, size, weight) > width) n--;
      parts.push(`${rest.slice(0, n)}-`);
      rest = rest.slice(n);
    }
    return [...parts, rest];
  });
}

/** Above the ruler: industrial policy, the chart's subject. Below: what happened around it. */
export const isAbove = (c: EventCategory): boolean => c === 'policy';

const STEM_GAP = 5;
/** Up to this many flags that may hang either way, every combination is tried. */
const EXHAUSTIVE = 12;

/**
 * Horizontal: a ruler of years across the middle, industrial policy above it and everything else
 * below. Each event is labelled directly: a stem rises (or drops) from its date to a flag with the
 * date and title beside the stem. Flags are placed one by one, latest first, as close to the ruler
 * as they go without touching another flag or crossing another stem; a flag hangs left of its stem
 * when it would leave the frame on the right. The busiest year is shaded and says how many events
 * it holds.
 */
/** Flag widths to try, widest first: narrower flags tangle less where events crowd. */
const FLAG_WIDTHS = [280, 250, 220, 170, 130];

/** The widest flags whose arrangement fits the frame's height; else the widest that untangles. */
function horizontal(sorted: TimelineEvent[], size: Size, first: number, last: number, words: Words): TimelineLayout {
  let untangled: TimelineLayout | undefined;
  for (const w of FLAG_WIDTHS) {
    try {
      const l = horizontalAt(sorted, size, first, last, w, words);
      if (l.fitted) return l;
      untangled ??= l;
    } catch (e) {
      if (!(e instanceof NoArrangement)) throw e;
    }
  }
  if (untangled) return untangled;
  throw new NoArrangement();
}

class NoArrangement extends Error {
  constructor() {
    super('timeline: no arrangement of the wide layout’s flags avoids crossing stems, even with narrow flags; shorten the titles or widen the frame');
  }
}

function horizontalAt(sorted: TimelineEvent[], size: Size, first: number, last: number, labelW: number, { locale, t }: Words): TimelineLayout {
  const font = 13;
  const lh = font * LINE;
  const W = size.width;
  const ruler = 22;
  const stripH = 24;
  const x = scaleLinear().domain([first, last]).range([1, W - 1]);
  const items = sorted.map((e) => {
    const b = base(e, x, locale);
    return { e, b, above: isAbove(e.category), titleLines: wrapAfter(b.dateText, e.title, font, labelW) };
  });

  // Flags on each side, measured outwards from the ruler's edge (d = distance of the flag's near edge).
  type Flag = { at: number; box: { x: number; d: number; width: number; height: number } };
  type Item = (typeof items)[number];
  const widthOf = (it: Item) => Math.max(...it.titleLines.map((l, i) => (i === 0 ? firstLineWidth(it.b.dateText, l, font) : textWidth(l, font))));
  const heightOf = (it: Item) => it.titleLines.length * lh;
  const boxX = (it: Item, hang: 'left' | 'right') => (hang === 'right' ? it.b.at + STEM_GAP : it.b.at - STEM_GAP - widthOf(it));
  const fits = (it: Item, hang: 'left' | 'right') => boxX(it, hang) >= 0 && boxX(it, hang) + widthOf(it) <= W;
  /** Would a stem at `stemX` run through a flag spanning `x`…`x + width`? */
  const inSpan = (stemX: number, x: number, width: number) => stemX > x - 3 && stemX < x + width + 3;

  /**
   * One side of the ruler, for given hangs: a flag whose stem runs through another's span must sit
   * nearer the ruler than it, so flags are placed in that order (nearest first), each as near as it
   * goes without touching a placed flag. Undefined when the hangs make two flags each other's
   * obstacle.
   */
  const placeWith = (side: Item[], hangs: ('left' | 'right')[], fixed: Flag[]): Map<TimelineEvent, Flag> | undefined => {
    const n = side.length;
    const xs = side.map((it, i) => boxX(it, hangs[i]!));
    const before: Set<number>[] = side.map(() => new Set());
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) if (i !== j && inSpan(side[i]!.b.at, xs[j]!, widthOf(side[j]!))) before[j]!.add(i);
    const done = new Set<number>();
    const out = new Map<TimelineEvent, Flag>();
    const placed: Flag[] = [...fixed];
    while (done.size < n) {
      // Of the flags whose obstacles are all placed, the latest first.
      let next = -1;
      for (let i = n - 1; i >= 0; i--) if (!done.has(i) && [...before[i]!].every((k) => done.has(k))) { next = i; break; }
      if (next < 0) return undefined;
      const it = side[next]!;
      const width = widthOf(it);
      const height = heightOf(it);
      const x0 = xs[next]!;
      // A stem through a caption cannot be moved clear of it: no arrangement with these hangs
      // (a caption's word wider than its corner, as longer languages have, would otherwise loop forever).
      if (fixed.some((p) => inSpan(it.b.at, p.box.x, p.box.width))) return undefined;
      let d = 8;
      for (;;) {
        const clash = placed.find(
          (p) =>
            (x0 < p.box.x + p.box.width + 8 && p.box.x < x0 + width + 8 && d < p.box.d + p.box.height + 6 && p.box.d < d + height + 6) ||
            (inSpan(p.at, x0, width) && d < p.box.d + p.box.height + 6) ||
            (fixed.includes(p) && inSpan(it.b.at, p.box.x, p.box.width)),
        );
        if (!clash) break;
        d = Math.max(d + 1, clash.box.d + clash.box.height + 6);
      }
      const flag = { at: it.b.at, box: { x: x0, d, width, height } };
      placed.push(flag);
      out.set(it.e, flag);
      done.add(next);
    }
    return out;
  };
  const reach = (m: Map<TimelineEvent, Flag>) => Math.max(0, ...[...m.values()].map((f) => f.box.d + f.box.height));
  /** Every choice of hangs (right where it fits is preferred on ties); the shallowest wins. */
  /**
   * The hangs to use: every choice for the flags that fit either way (right preferred on ties),
   * the shallowest arrangement winning. Past EXHAUSTIVE free flags the search would explode, so it
   * then improves one flag's hang at a time from the default until nothing helps.
   */
  const place = (side: Item[], fixed: Flag[]) => {
    const free = side.map((it, i) => (fits(it, 'right') && fits(it, 'left') ? i : -1)).filter((i) => i >= 0);
    type Best = { m: Map<TimelineEvent, Flag>; reach: number; near: number; hangs: ('left' | 'right')[] };
    let best: Best | undefined;
    const tryHangs = (hangs: ('left' | 'right')[]): boolean => {
      const m = placeWith(side, hangs, fixed);
      if (!m) return false;
      // The shallowest arrangement; among equals, the one whose flags sit nearest their dates.
      const r = reach(m);
      const near = [...m.values()].reduce((sum, f) => sum + f.box.d, 0) + hangs.filter((h) => h === 'left').length;
      if (best && !(r < best.reach - 0.01 || (Math.abs(r - best.reach) <= 0.01 && near < best.near))) return false;
      best = { m, reach: r, near, hangs: [...hangs] };
      return true;
    };
    const defaults = side.map((it) => (fits(it, 'right') ? 'right' : 'left') as 'left' | 'right');
    if (free.length <= EXHAUSTIVE) {
      for (let mask = 0; mask < 2 ** free.length; mask++) {
        const hangs = [...defaults];
        free.forEach((i, bit) => {
          if (mask & (2 ** bit)) hangs[i] = 'left';
        });
        tryHangs(hangs);
      }
    } else {
      tryHangs(defaults);
      // From the default (or, if that tangles, from all-left), flip single flags while it helps.
      if (!best) tryHangs(side.map((it) => (fits(it, 'left') ? 'left' : 'right')));
      for (let pass = 0, improved = true; improved && pass < 8; pass++) {
        improved = false;
        for (const i of free) {
          const start: ('left' | 'right')[] = best ? (best as Best).hangs : defaults;
          const hangs = [...start];
          hangs[i] = hangs[i] === 'left' ? 'right' : 'left';
          if (tryHangs(hangs)) improved = true;
        }
      }
    }
    if (!best) throw new NoArrangement();
    return (best as Best).m;
  };
  // Each side says what it holds, in its first corner (kept free of flags).
  // A caption stays left of every stem on its side.
  const captionLines = (text: string, side: Item[]) => wrapBreaking(text, font, Math.min(150, ...side.map((i) => i.b.at - 8)), 'bold');
  const captions = { above: captionLines(t.rowCaptions.above, items.filter((i) => i.above)), below: captionLines(t.rowCaptions.below, items.filter((i) => !i.above)) };
  const captionFlag = (lines: string[]): Flag => ({ at: -100, box: { x: 0, d: 8, width: Math.max(...lines.map((l) => textWidth(l, font, 'bold'))), height: lines.length * lh } });
  const aboveFlags = place(items.filter((i) => i.above), [captionFlag(captions.above)]);
  const belowFlags = place(items.filter((i) => !i.above), [captionFlag(captions.below)]);
  const rulerTop = stripH + reach(aboveFlags) + 4;
  const rulerBottom = rulerTop + ruler;
  const fitted = rulerBottom + reach(belowFlags) <= size.height;

  const events: PlacedEvent[] = items.map((it) => {
    const f = (it.above ? aboveFlags : belowFlags).get(it.e)!;
    const y = it.above ? rulerTop - f.box.d - f.box.height : rulerBottom + f.box.d;
    const box: Box = { x: f.box.x, y, width: f.box.width, height: f.box.height };
    const edge = it.above ? rulerTop : rulerBottom;
    return {
      ...it.b,
      titleLines: it.titleLines,
      box,
      // The stem runs from the ruler's edge to the far end of its flag.
      leader: { x1: it.b.at, y1: edge, x2: it.b.at, y2: it.above ? y : y + box.height },
      side: it.above ? 'above' : 'below',
      hang: f.box.x >= it.b.at ? 'right' : 'left',
    };
  });
  const ticks = [];
  for (let year = first; year <= last; year++) ticks.push({ year, pos: x(year), label: locale.date(String(year)) });
  const busy = busiestYear(sorted);
  return {
    id: 'timeline-wide',
    layout: 'wide',
    size,
    font,
    orientation: 'horizontal',
    axis: { x1: x(first), y1: rulerTop, x2: x(last), y2: rulerBottom },
    ticks,
    events,
    fitted,
    extent: rulerBottom + reach(belowFlags),
    captions: {
      above: { lines: captions.above, x: 0, y: rulerTop - 8 - captions.above.length * lh },
      below: { lines: captions.below, x: 0, y: rulerBottom + 8 },
    },
    highlight: {
      from: x(busy.year),
      to: x(busy.year + 1),
      year: busy.year,
      count: busy.count,
      text: t.busiest.wide(locale.date(String(busy.year)), busy.count, sorted.length),
      textY: stripH - 8,
    },
  };
}

/**
 * Vertical (phones): a list in time order, one row per event, so nothing overlaps and every label
 * sits beside its marker. The axis is not to scale: each new year gets a label, and a break mark
 * shows where years pass without an event.
 */
function vertical(sorted: TimelineEvent[], size: Size, { locale, t }: Words): TimelineLayout {
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
      const year = locale.date(String(startYear));
      yearLabels.push({ text: endYear !== startYear ? t.decade(locale.date(`${String(startYear).slice(0, 3)}0`)) : year, pos: y + font * 0.9, gap: false });
    }
    lastYear = endYear;
    const titleLines = wrap(e.title, font, labelW);
    const h = (titleLines.length + 1) * lh;
    const shape = shapeOf(e);
    const dateText = eventDateText(e, locale);
    const box: Box = { x: labelX, y, width: Math.max(textWidth(dateText, font, 'bold'), ...titleLines.map((l) => textWidth(l, font))), height: h };
    const markAt = y + font * 0.6;
    const placed: PlacedEvent = {
      event: e,
      category: e.category,
      precision: precisionOf(e.start),
      shape,
      dateText,
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
  // The busiest year: its rows shaded, and the count under its year in the gutter.
  const busy = busiestYear(sorted);
  const inBusy = events.filter((p) => !p.event.end && p.event.start.startsWith(String(busy.year)));
  const highlight =
    inBusy.length > 1
      ? {
          from: inBusy[0]!.box.y - 4,
          to: inBusy.at(-1)!.box.y + inBusy.at(-1)!.box.height + 4,
          year: busy.year,
          count: busy.count,
          text: t.busiest.narrow(busy.count, sorted.length),
          textY: inBusy[0]!.box.y + font * 0.9 + font + 4,
        }
      : undefined;
  return {
    id: 'timeline-narrow',
    ...(highlight ? { highlight } : {}),
    layout: 'narrow',
    size,
    font,
    orientation: 'vertical',
    axis: { x1: axisX, y1: 2, x2: axisX, y2: Math.min(size.height, y - 6) },
    ticks: [],
    yearLabels,
    events,
    fitted,
    extent: y - 12,
  };
}
