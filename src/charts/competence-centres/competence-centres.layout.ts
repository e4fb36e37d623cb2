/**
 * competence-centres layout: 54 cells (one per centre), the total and the average per centre in
 * roubles, and the same sum in dollars at each exchange rate in the data. Pure.
 */
import { scaleLinear } from 'd3-scale';
import type { Budget, ExchangeRate } from '../../schemas/budget';
import { averagePerCentreRub, toUsd } from '../../data/derived';
import { dollars, partialDateLabel, roubles } from '../../lib/format';
import type { ChartLayoutName, Size } from '../types';

export interface Cell {
  index: number;
  x: number;
  y: number;
  size: number;
}

export interface CurrencyFigures {
  /** `rub` or a rate id. */
  id: string;
  total: string;
  each: string;
  /** What the figure assumes: "at 91.26 roubles per dollar, 12 September 2024". */
  basis: string;
}

export interface RateBar {
  rate: ExchangeRate;
  usd: number;
  usdEach: number;
  y: number;
  width: number;
  label: string;
  value: string;
  /** Wrapped lines of the rate's label (date and rate). */
  caption: string;
}

export interface CompetenceCentresLayout {
  id: string;
  layout: ChartLayoutName;
  size: Size;
  cells: Cell[];
  grid: { x: number; y: number; width: number; height: number; columns: number; rows: number };
  averageRub: number;
  figures: CurrencyFigures[];
  headline: { x: number; y: number };
  bars: RateBar[];
  barsOrigin: { x: number; y: number; width: number };
  font: number;
}

/** Rates, oldest first: the order the dollar figure moved in. */
const chronological = (rates: readonly ExchangeRate[]) => [...rates].sort((a, b) => a.date.localeCompare(b.date));

export const rateDateLabel = (r: ExchangeRate): string => `${r.approximate ? 'about ' : ''}${r.rubPerUsd} roubles per dollar, ${partialDateLabel(r.date)}`;

export function competenceCentresLayout(b: Budget, layout: ChartLayoutName, size: Size): CompetenceCentresLayout {
  const wide = layout === 'wide';
  const font = wide ? 14 : 13;
  const columns = wide ? 9 : 9;
  const cell = wide ? 26 : 24;
  const gap = wide ? 5 : 5;
  const rows = Math.ceil(b.centres / columns);
  const gridW = columns * cell + (columns - 1) * gap;
  const gridH = rows * cell + (rows - 1) * gap;
  const grid = wide
    ? { x: 0, y: 92, width: gridW, height: gridH, columns, rows }
    : { x: 0, y: 96, width: gridW, height: gridH, columns, rows };

  const cells: Cell[] = Array.from({ length: b.centres }, (_, i) => ({
    index: i,
    x: grid.x + (i % columns) * (cell + gap),
    y: grid.y + Math.floor(i / columns) * (cell + gap),
    size: cell,
  }));

  const averageRub = averagePerCentreRub(b);
  const rates = chronological(b.rates);
  const figures: CurrencyFigures[] = [
    { id: 'rub', total: roubles(b.totalRub), each: `About ${roubles(averageRub)} per centre on average`, basis: `As announced, ${partialDateLabel(b.announced)}` },
    ...rates.map((r) => ({
      id: r.id,
      total: `≈ ${dollars(toUsd(b.totalRub, r))}`,
      each: `About ${dollars(toUsd(averageRub, r))} per centre on average`,
      basis: `At ${rateDateLabel(r)}`,
    })),
  ];

  const barsOrigin = wide
    ? { x: gridW + 40, y: grid.y + 22, width: size.width - gridW - 40 }
    : { x: 0, y: grid.y + gridH + 92, width: size.width };
  const maxUsd = Math.max(...rates.map((r) => toUsd(b.totalRub, r)));
  const x = scaleLinear().domain([0, maxUsd]).range([0, barsOrigin.width - (wide ? 0 : 0)]);
  const rowH = wide ? 70 : 66;
  const bars: RateBar[] = rates.map((r, i) => {
    const usd = toUsd(b.totalRub, r);
    return {
      rate: r,
      usd,
      usdEach: toUsd(averageRub, r),
      y: barsOrigin.y + i * rowH,
      width: x(usd),
      label: partialDateLabel(r.date),
      value: dollars(usd),
      caption: rateDateLabel(r),
    };
  });
  return {
    id: `competence-centres-${layout}`,
    layout,
    size,
    cells,
    grid,
    averageRub,
    figures,
    headline: { x: 0, y: wide ? 30 : 28 },
    bars,
    barsOrigin,
    font,
  };
}
