/**
 * competence-centres layout: the 37.1 billion roubles as a headline figure, then two panels of bars,
 * each on its own zero-based scale:
 *   1. the total in US dollars at each exchange rate in the data (with the rate and its date), and
 *   2. the total shared evenly over each count of centres (the spotlight's and those reported).
 * Wide: a label column on the left, bars on the right. Narrow: each label above its bar. Pure.
 */
import { scaleLinear } from 'd3-scale';
import type { Budget, ExchangeRate } from '../../schemas/budget';
import { countAverages, toUsd, type CountAverage } from '../../data/derived';
import { dollars, millions, partialDateLabel, roubles } from '../../lib/format';
import type { ChartLayoutName, Size } from '../types';
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

export const rateText = (r: ExchangeRate): string => `${r.approximate ? 'about ' : ''}${r.rubPerUsd} roubles per dollar`;
export const rateDateLabel = (r: ExchangeRate): string => `${rateText(r)}, ${partialDateLabel(r.date)}`;

/** Does our conversion at this rate give the spotlight's dollar figure (to within half a per cent)? */
export const matchesSpotlight = (b: Budget, r: ExchangeRate): boolean => Math.abs(toUsd(b.totalRub, r) - b.spotlightUsd) / b.spotlightUsd < 0.005;

/** When the rate was taken, as the row says it: "July 2022, when announced", "12 September 2024". */
function rateName(b: Budget, r: ExchangeRate): string {
  const when = partialDateLabel(r.date);
  return b.announced.startsWith(r.date) || r.date.startsWith(b.announced.slice(0, 7)) ? `${when}, when announced` : when;
}

export const countName = (c: CountAverage): string => `${c.centres} centres`;
export const countDetail = (c: CountAverage): string =>
  c.spotlight ? 'the spotlight’s count, not confirmed elsewhere' : `reported in ${c.date ? partialDateLabel(c.date) : 'other sources'}`;

/** Round steps (1, 2, 2.5, 5 × 10ⁿ) giving at most `max` intervals up to `top`. */
function tickStep(top: number, max: number): number {
  const raw = top / max;
  const p = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * p >= raw) return m * p;
  return 10 * p;
}

export function competenceCentresLayout(b: Budget, layout: ChartLayoutName, size: Size): CompetenceCentresLayout {
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
  const headLines = wrap(`Announced ${partialDateLabel(b.announced)} as state co-financing until 2024`, f, W);
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
    // The scale: zero-based; the longest bar leaves room for its value label.
    const max = Math.max(...items.map((i) => i.amount));
    const room = W - barX - Math.max(...items.map((i) => valueW(i.value)));
    const x = scaleLinear().domain([0, max]).range([barX, barX + room]);
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
    const step = tickStep(x.invert(barX + room), 4);
    const values: number[] = [];
    for (let v = 0; v <= max + 1e-9; v += step) values.push(v);
    const ticks = values.map((v, i) => {
      const label = v === 0 ? '0' : millions(v).replace(' million', '');
      const last = i === values.length - 1 && v > 0;
      const tx = x(v);
      return { x: tx, label, unit: last ? unit : '', textX: v === 0 ? tx : tx - textWidth(label, f - 1) / 2 };
    });
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
    'The same sum in US dollars, at the rate of the day',
    change !== undefined && firstRate && lastRate
      ? `${Math.round(Math.abs(change) * 100)}% ${change > 0 ? 'fewer' : 'more'} dollars at the ${partialDateLabel(lastRate.date).replace(/^\d+ /, '')} rate than at the ${partialDateLabel(firstRate.date).replace(/^\d+ /, '')} rate.`
      : undefined,
    rates.map((r) => {
      const usd = toUsd(b.totalRub, r);
      const spotlight = matchesSpotlight(b, r);
      return {
        id: r.id,
        kind: 'usd' as const,
        amount: usd,
        name: rateName(b, r),
        detail: `${rateText(r)}${spotlight ? '; the spotlight’s figure' : ''}`,
        value: dollars(usd),
        tipTitle: `About ${dollars(usd)}`,
        tipBody: [
          `${roubles(b.totalRub)} at ${rateDateLabel(r)}.`,
          spotlight ? `The spotlight gives ${dollars(b.spotlightUsd)}, which fits this rate.` : `The spotlight’s ${dollars(b.spotlightUsd)} does not fit this rate.`,
        ].join('\n'),
      };
    }),
    ' million',
  );

  const perCentre = panel(
    'per-centre',
    'Per centre in roubles, if the money were shared out evenly',
    'It is not: the state co-finances projects, up to about 80% of each, and the number of centres is uncertain.',
    counts.map((c) => ({
      id: `count-${c.id}`,
      kind: 'rub' as const,
      amount: c.averageRub,
      name: countName(c),
      detail: countDetail(c),
      value: millions(c.averageRub),
      tipTitle: `${c.centres} centres: about ${millions(c.averageRub)} roubles each`,
      tipBody: [
        `${roubles(b.totalRub)} shared evenly over ${c.label}.`,
        `In dollars: about ${rates.map((r) => `${dollars(toUsd(c.averageRub, r))} at the ${partialDateLabel(r.date).replace(/^\d+ /, '')} rate`).join(', ')}.`,
        'An average only: the money co-finances projects, so centres need not get equal shares.',
      ].join('\n'),
    })),
    ' million',
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
