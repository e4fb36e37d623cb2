/** russoft-survey layout: one bar per answer, in the survey's order, on a 0–100% scale. Pure. */
import { scaleLinear } from 'd3-scale';
import type { Survey } from '../../schemas/survey';
import { surveyShare } from '../../data/derived';
import { percent } from '../../lib/format';
import type { ChartLayoutName, Size } from '../types';

export interface SurveyRow {
  id: string;
  label: string;
  percent: number;
  value: string;
  highlight: boolean;
  /** Label position (baseline) and bar geometry. */
  labelX: number;
  labelY: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RussoftSurveyLayout {
  id: string;
  layout: ChartLayoutName;
  size: Size;
  font: number;
  rows: SurveyRow[];
  /** The two "no help" answers, bracketed together. */
  bracket: { x: number; y1: number; y2: number; ids: string[]; total: number; text: string };
  axis: { x0: number; x100: number; y: number };
}

/** The answers that mean the centres did not help, bracketed in the chart. */
export const NO_HELP = ['no-real-support', 'no-impact'] as const;

export function russoftSurveyLayout(s: Survey, layout: ChartLayoutName, size: Size): RussoftSurveyLayout {
  const wide = layout === 'wide';
  const font = wide ? 14 : 13;
  const labelW = wide ? 170 : 0;
  const barH = wide ? 26 : 22;
  const rowH = wide ? 42 : 58;
  const top = wide ? 26 : 12;
  const x0 = labelW;
  // The bracket's note gets a margin of its own, right of the 100% line, so it never sits on the
  // bar tracks.
  const noteW = wide ? 150 : 92;
  const x100 = size.width - noteW - 18;
  const x = scaleLinear().domain([0, 100]).range([x0, x100]);
  const rows: SurveyRow[] = s.answers.map((a, i) => {
    const y = top + i * rowH + (wide ? 0 : font + 8);
    return {
      id: a.id,
      label: a.label,
      percent: a.percent,
      value: percent(a.percent),
      highlight: a.id === s.highlight,
      labelX: wide ? labelW - 12 : 0,
      labelY: wide ? y + barH / 2 + font * 0.36 : y - 7,
      x: x0,
      y,
      width: x(a.percent) - x0,
      height: barH,
    };
  });
  const bracketRows = rows.filter((r) => (NO_HELP as readonly string[]).includes(r.id));
  const total = surveyShare(s, NO_HELP);
  return {
    id: `russoft-survey-${layout}`,
    layout,
    size,
    font,
    rows,
    bracket: {
      x: x100 + 10,
      y1: Math.min(...bracketRows.map((r) => r.y)),
      y2: Math.max(...bracketRows.map((r) => r.y + r.height)),
      ids: [...NO_HELP],
      total,
      text: `${percent(total)} saw no real support or no impact`,
    },
    axis: { x0, x100, y: top + rows.length * rowH + (wide ? -6 : 6) },
  };
}
