/**
 * foreign-software layout: each estimate of the foreign share of state software on one 0–100%
 * scale; single values as dots, ranges as bands, the spotlight's own claim set apart. Pure.
 */
import { scaleLinear } from 'd3-scale';
import type { SoftwareEstimate } from '../../schemas/foreign-software';
import { foreignShare } from '../../data/derived';
import type { ChartLayoutName, Locale, Size } from '../types';
import type { ForeignSoftwareMessages } from './messages/en';
import { textWidth, wrap } from '../shared/text';

export interface EstimateRow {
  estimate: SoftwareEstimate;
  low: number;
  high: number;
  isRange: boolean;
  value: string;
  tipTitle: string;
  tipBody: string;
  /** Label lines: the estimate's name, then scope and date. */
  title: string;
  detail: string[];
  labelX: number;
  labelY: number;
  y: number;
  x1: number;
  x2: number;
}

export interface ForeignSoftwareLayout {
  id: string;
  layout: ChartLayoutName;
  size: Size;
  font: number;
  rows: EstimateRow[];
  ticks: { value: number; x: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
  plot: { x0: number; x1: number; y0: number; y1: number };
  /** What the scale measures, under its ticks: wrapped to the width, first baseline at `y`. */
  unit: { x: number; y: number; lines: string[] };
  /** What the unit's lines after its first add below the designed frame (`sizeFor` grows it by that). */
  extraHeight: number;
}

export function foreignSoftwareLayout(
  estimates: readonly SoftwareEstimate[],
  layout: ChartLayoutName,
  size: Size,
  locale: Locale,
  t: ForeignSoftwareMessages,
): ForeignSoftwareLayout {
  const wide = layout === 'wide';
  const font = wide ? 14 : 13;
  const labelW = wide ? 230 : 0;
  const x0 = labelW + (wide ? 12 : 8);
  const x1 = size.width - (wide ? 30 : 22);
  const x = scaleLinear().domain([0, 100]).range([x0, x1]);
  const rowH = wide ? 72 : 92;
  const top = wide ? 14 : 6;
  const rows: EstimateRow[] = estimates.map((e, i) => {
    const { low, high } = foreignShare(e);
    // Narrow: scope and date on one line when they fit, else the date gets a line of its own, so
    // no line ends in a stranded word ("February / 2022").
    const date = locale.date(e.date);
    const oneLine = t.detail(e.scope, date);
    const lineW = wide ? labelW : size.width;
    const detail =
      wide || wrap(oneLine, font - 1, lineW).length === 1 ? wrap(oneLine, font - 1, lineW) : [...wrap(t.detailScope(e.scope), font - 1, lineW), date];
    const y0 = top + i * rowH;
    const markY = wide ? y0 + 24 : y0 + font + (detail.length * (font + 2)) + 22;
    return {
      estimate: e,
      low,
      high,
      isRange: low !== high,
      value: locale.percentRange(low, high),
      tipTitle: t.tipTitle(e.label, locale.percentRange(low, high)),
      tipBody: [t.tipScope(e.scope, e.who), e.note ?? ''].filter(Boolean).join('\n'),
      title: e.label,
      detail,
      labelX: 0,
      labelY: y0 + font,
      y: markY,
      x1: x(low),
      x2: x(high),
    };
  });
  const last = rows.at(-1);
  const y1 = (last?.y ?? 0) + (wide ? 26 : 18);
  const unitLh = font + 2;
  const unit = { x: x0, y: y1 + 2 * font + 10, lines: wrap(t.axisUnit, font - 1, size.width - x0) };
  return {
    id: `foreign-software-${layout}`,
    layout,
    size,
    font,
    rows,
    ticks: [0, 25, 50, 75, 100].map((v) => {
      const label = locale.percent(v);
      // A centred label must not spill past the chart's edges (on phones the axis runs edge to edge).
      const half = textWidth(label, font - 1) / 2;
      const anchor = x(v) - half < 0 ? 'start' : x(v) + half > size.width ? 'end' : 'middle';
      return { value: v, x: x(v), label, anchor };
    }),
    plot: { x0, x1, y0: top, y1 },
    unit,
    extraHeight: (unit.lines.length - 1) * unitLh,
  };
}
