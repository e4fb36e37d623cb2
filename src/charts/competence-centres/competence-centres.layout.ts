/**
 * competence-centres layout: the 37.1 billion roubles as a headline figure, then two panels of bars,
 * each on its own zero-based scale:
 *   1. the total in US dollars at each exchange rate in the data (with the rate and its date), and
 *   2. the total shared evenly over each count of centres (the spotlight's and those reported).
 * Wide: a label column on the left, bars on the right. Narrow: each label above its bar. Pure.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { Budget, ExchangeRate } from '../../schemas/budget';
import { countAverages, toUsd, type CountAverage } from '../../data/derived';
import type { ChartLayoutName, Locale, Size } from '../types';
import type { CompetenceCentresMessages } from './messages/en';
import { textWidth, wrap } from '../shared/text';

export interface BarRow {
  id: string;
  /** `usd` (dollar panel) or `rub` (rouble panel): the bar's colour class. */
  kind: 'usd' | 'rub';
  amount: number;
  /** First line of the label (bold) and the lines after it (muted). */
  name: string[];
  detail: string[];
  /** Baseline of the label's first line. */
  labelX: number;
  labelY: number;
  x: number;
  y: number;
  width: number;
  height: number;
  value: string;
  /** Baseline and start of the value label, right of the bar's end. */
  valueX: number;
  valueY: number;
  tipTitle: string;
  tipBody: string;
}

export interface Tick {
  x: number;
  /** The number, centred on the tick (the zero starts at it); the last tick adds the unit after it. */
  label: string;
  unit: string;
  /** Where the text starts. */
  textX: number;
}

export interface Panel {
  id: 'usd' | 'per-centre';
  heading: { x: number; y: number; lines: string[] };
  note: { x: number; y: number; lines: string[] } | undefined;
  rows: BarRow[];
  /** The zero line, the gridlines (full height when wide, behind each bar when narrow) and tick labels. */
  x0: number;
  x1: number;
  gridTop: number;
  axisY: number;
  ticks: Tick[];
  /** Tick label baseline. */
  tickY: number;
}

export interface CompetenceCentresLayout {
  id: string;
  layout: ChartLayoutName;
  size: Size;
  font: number;
  headline: { x: number; y: number; size: number; text: string; lines: string[]; lineY: number };
  panels: Panel[];
  /** Lowest point drawn: must not pass the frame's height. */
  bottom: number;
}

/** Rates, oldest first: the order the dollar figure moved in. */
export const chronological = (rates: readonly ExchangeRate[]) => [...rates].sort((a, b) => a.date.localeCompare(b.date));

/** The chart's words and the language's formats, as `draw` and `text` get them. */
export interface Words {
  locale: Locale;
  t: CompetenceCentresMessages;
}

export const rateText = (r: ExchangeRate, { locale, t }: Words): string => t.rate(locale.number(r.rubPerUsd), r.approximate);
export const rateDateLabel = (r: ExchangeRate, w: Words): string => w.t.rateOn(rateText(r, w), w.locale.date(r.date));

/** Does our conversion at this rate give the spotlight's dollar figure (to within half a per cent)? */
export const matchesSpotlight = (b: Budget, r: ExchangeRate): boolean => Math.abs(toUsd(b.totalRub, r) - b.spotlightUsd) / b.spotlightUsd < 0.005;

/** When the rate was taken, as the row says it: "July 2022, when announced", "12 September 2024". */
function rateName(b: Budget, r: ExchangeRate, { locale, t }: Words): string {
  const when = locale.date(r.date);
  return b.announced.startsWith(r.date) || r.date.startsWith(b.announced.slice(0, 7)) ? t.whenAnnounced(when) : when;
}

export const countName = (c: CountAverage, { t }: Words): string => t.centres(c.centres);
export const countDetail = (c: CountAverage, { locale, t }: Words): string =>
  c.spotlight ? t.countDetail.spotlight : t.countDetail.reported(c.date && locale.date(c.date));

/** Round steps (1, 2, 2.5, 5 × 10ⁿ) giving at most `max` intervals up to `top`. */
function tickStep(top: number, max: number): number {
  const raw = top / max;
  const p = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * p >= raw) return m * p;
  return 10 * p;
}

export function competenceCentresLayout(b: Budget, layout: ChartLayoutName, size: Size, w: Words): CompetenceCentresLayout {
  const { locale, t } = w;
  const dollars = (n: number) => locale.money(n, 'USD');
  const roubles = (n: number) => locale.compact(n, t.roubles);
  /** The month of a rate, as "the July 2022 rate" names it. */
  const month = (r: ExchangeRate) => locale.date(r.date, 'month');
  const wide = layout === 'wide';
  const f = wide ? 14 : 13;
  const lh = f + 4;
  const W = size.width;
  // Wide: labels in a left column; narrow: labels above the bars, which span the width.
  const labelW = wide ? 270 : W;
  const barX = wide ? labelW + 20 : 0;
  const barH = wide ? 22 : 20;
  const valueW = (s: string) => textWidth(s, f, 'bold') + 8;

  // Headline: the sum as announced, as large as the width allows.
  const headText = roubles(b.totalRub);
  let headSize = wide ? 30 : 26;
  while (headSize > 18 && textWidth(headText, headSize, 'bold') > W) headSize -= 1;
  const headLines = wrap(t.headline(locale.date(b.announced)), f, W);
  const headline = { x: 0, y: headSize, size: headSize, text: headText, lines: headLines, lineY: headSize + 6 + f };
  let y = headline.lineY + (headLines.length - 1) * lh + (wide ? 34 : 30);

  const rates = chronological(b.rates);
  const counts = countAverages(b);

  const panel = (
    id: Panel['id'],
    headingText: string,
    noteText: string | undefined,
    items: { id: string; kind: BarRow['kind']; amount: number; name: string; detail: string; value: string; tipTitle: string; tipBody: string }[],
    unit: string,
  ): Panel => {
    const heading = { x: 0, y: y + f, lines: wrap(headingText, f, W, 'bold') };
    y = heading.y + (heading.lines.length - 1) * lh;
    let note: Panel['note'];
    if (noteText) {
      note = { x: 0, y: y + lh, lines: wrap(noteText, f, W) };
      y = note.y + (note.lines.length - 1) * lh;
    }
    y += wide ? 16 : 12;
    const gridTop = y;
    // The scale: zero-based; the longest bar leaves room for its value label, and the last tick's
    // number with its unit stays inside the width (a longer unit word shrinks the scale).
    const max = Math.max(...items.map((i) => i.amount));
    let room = W - barX - Math.max(...items.map((i) => valueW(i.value)));
    const ticksFor = (x: ScaleLinear<number, number>) => {
      const step = tickStep(x.invert(barX + room), 4);
      const values: number[] = [];
      for (let v = 0; v <= max + 1e-9; v += step) values.push(v);
      return values.map((v, i) => {
        const label = locale.millions(v);
        const last = i === values.length - 1 && v > 0;
        const tx = x(v);
        return { x: tx, label, unit: last ? unit : '', textX: v === 0 ? tx : tx - textWidth(label, f - 1) / 2 };
      });
    };
    const overshoot = (ticks: Tick[]) => Math.max(0, ...ticks.map((k) => k.textX + textWidth(k.label + k.unit, f - 1) - W));
    let x = scaleLinear().domain([0, max]).range([barX, barX + room]);
    let ticks = ticksFor(x);
    // Each pass moves the last tick left by what it overshoots; a new step can overshoot again, so a few passes.
    for (let pass = 0; pass < 8 && overshoot(ticks) > 0; pass++) {
      room -= overshoot(ticks) + 1;
      x = scaleLinear().domain([0, max]).range([barX, barX + room]);
      ticks = ticksFor(x);
    }
    const rows: BarRow[] = items.map((it) => {
      const name = wide ? [it.name] : wrap(it.name, f, W, 'bold');
      const detail = wrap(it.detail, f, wide ? labelW : W);
      let row: BarRow;
      if (wide) {
        const labelY = y + f;
        const textH = f + detail.length * lh;
        const barY = y + Math.max(0, (textH - barH) / 2) + 1;
        row = { ...it, name, detail, labelX: 0, labelY, x: barX, y: barY, width: x(it.amount) - barX, height: barH, value: it.value, valueX: x(it.amount) + 6, valueY: barY + barH / 2 + f * 0.36 };
        y += Math.max(textH, barH) + 16;
      } else {
        const labelY = y + f;
        const lines = name.length + detail.length;
        const barY = y + f + (lines - 1) * lh + 8;
        row = { ...it, name, detail, labelX: 0, labelY, x: barX, y: barY, width: x(it.amount) - barX, height: barH, value: it.value, valueX: x(it.amount) + 6, valueY: barY + barH / 2 + f * 0.36 };
        y = barY + barH + 14;
      }
      return row;
    });
    const axisY = y - (wide ? 8 : 6);
    const tickY = axisY + f + 2;
    y = tickY + (wide ? 40 : 34);
    return { id, heading, note, rows, x0: barX, x1: barX + room, gridTop, axisY, ticks, tickY };
  };

  // How much the dollar figure moved between the first and the last rate, computed, never typed.
  const [firstRate, lastRate] = [rates[0], rates.at(-1)];
  const change =
    firstRate && lastRate && firstRate !== lastRate ? 1 - toUsd(b.totalRub, lastRate) / toUsd(b.totalRub, firstRate) : undefined;
  const usdPanel = panel(
    'usd',
    t.usdPanel.heading,
    change !== undefined && firstRate && lastRate
      ? t.usdPanel.change({ share: locale.percent(Math.round(Math.abs(change) * 100), 0), fewer: change > 0, last: month(lastRate), first: month(firstRate) })
      : undefined,
    rates.map((r) => {
      const usd = toUsd(b.totalRub, r);
      const spotlight = matchesSpotlight(b, r);
      return {
        id: r.id,
        kind: 'usd' as const,
        amount: usd,
        name: rateName(b, r, w),
        detail: t.usdPanel.detail(rateText(r, w), spotlight),
        value: dollars(usd),
        tipTitle: t.usdPanel.tipTitle(dollars(usd)),
        tipBody: [t.usdPanel.tipTotal(roubles(b.totalRub), rateDateLabel(r, w)), t.usdPanel.tipSpotlight(dollars(b.spotlightUsd), spotlight)].join('\n'),
      };
    }),
    t.tickUnit,
  );

  const perCentre = panel(
    'per-centre',
    t.perCentrePanel.heading,
    t.perCentrePanel.note,
    counts.map((c) => ({
      id: `count-${c.id}`,
      kind: 'rub' as const,
      amount: c.averageRub,
      name: countName(c, w),
      detail: countDetail(c, w),
      value: t.million(locale.millions(c.averageRub)),
      tipTitle: t.perCentrePanel.tipTitle(c.centres, t.million(locale.millions(c.averageRub))),
      tipBody: [
        t.perCentrePanel.tipShared(roubles(b.totalRub), c.label ?? t.perCentrePanel.spotlightCount),
        t.perCentrePanel.tipDollars(locale.list(rates.map((r) => t.perCentrePanel.dollarsAtRate(dollars(toUsd(c.averageRub, r)), month(r))), 'unit')),
        t.perCentrePanel.tipAverage,
      ].join('\n'),
    })),
    t.tickUnit,
  );

  return {
    id: `competence-centres-${layout}`,
    layout,
    size,
    font: f,
    headline,
    panels: [usdPanel, perCentre],
    bottom: y - (wide ? 40 : 34),
  };
}
