/** russoft-survey layout: one bar per answer, in the survey's order, on a 0–100% scale. Pure. */
import { scaleLinear } from 'd3-scale';
import type { Survey } from '../../schemas/survey';
import { surveyShare } from '../../data/derived';
import type { ChartLayoutName, Locale, Size } from '../types';
import { textWidth } from '../shared/text';
import type { RussoftSurveyMessages } from './messages/en';

export interface SurveyRow {
  id: string;
  label: string;
  percent: number;
  value: string;
  tipTitle: string;
  tipBody: string;
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
  /** The scale's ends and, narrow, its unit on a line of its own. */
  axis: { x0: number; x100: number; y: number; start: string; end: string; unit: string | undefined };
}

/** The answers that mean the centres did not help, bracketed in the chart. */
export const NO_HELP = ['no-real-support', 'no-impact'] as const;

export function russoftSurveyLayout(s: Survey, layout: ChartLayoutName, size: Size, locale: Locale, t: RussoftSurveyMessages): RussoftSurveyLayout {
  const wide = layout === 'wide';
  const font = wide ? 14 : 13;
  // Wide: the label column is as wide as its longest label (the highlighted one in bold), at least 170.
  const labelW = wide ? Math.max(170, ...s.answers.map((a) => Math.ceil(textWidth(a.label, font, a.id === s.highlight ? 'bold' : 'normal')) + 12)) : 0;
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
      value: locale.percent(a.percent),
      tipTitle: t.tipTitle(a.label, locale.percent(a.percent)),
      tipBody: t.tipBody(locale.percent(a.percent), a.label),
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
      text: t.bracket(locale.percent(total)),
    },
    // Wide: "100% of developers asked" at the scale's end. Narrow: the scale is too short for that
    // beside "0%", so the end says "100%" and the unit gets a line of its own.
    axis: {
      x0,
      x100,
      y: top + rows.length * rowH + (wide ? -6 : 6),
      start: locale.percent(0),
      end: wide ? t.axis.end(locale.percent(100)) : locale.percent(100),
      unit: wide ? undefined : t.axis.unit,
    },
  };
}
