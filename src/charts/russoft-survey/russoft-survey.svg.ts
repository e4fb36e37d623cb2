/** russoft-survey: layout → SVG nodes. Pure and deterministic. */
import { el, type SvgNode } from '../shared/svg';
import { wrap } from '../shared/text';
import type { RussoftSurveyLayout } from './russoft-survey.layout';

export function russoftSurveySvg(l: RussoftSurveyLayout): SvgNode[] {
  const f = l.font;
  const rows = l.rows.map((r) =>
    el('g', { class: `answer${r.highlight ? ' is-highlight' : ''}`, 'data-mark': r.id, 'data-tip-title': `${r.label}: ${r.value}`, 'data-tip-body': `${r.value} of the developers asked answered “${r.label}”.` }, [
      el('text', { class: 'label', x: r.labelX, y: r.labelY, 'text-anchor': l.layout === 'wide' ? 'end' : 'start', 'font-size': f, 'font-weight': r.highlight ? 700 : 400 }, [r.label]),
      el('rect', { class: 'track', x: r.x, y: r.y, width: l.axis.x100 - r.x, height: r.height }),
      el('rect', { class: r.highlight ? 'highlight' : 'mute', x: r.x, y: r.y, width: r.width, height: r.height }),
      el('text', { class: r.highlight ? 'label label-highlight' : 'label', x: r.x + r.width + 6, y: r.y + r.height / 2 + f * 0.36, 'font-size': f + 1, 'font-weight': 700 }, [r.value]),
    ]),
  );
  const b = l.bracket;
  const bw = l.size.width - b.x - 12;
  const lines = wrap(b.text, f, bw);
  const mid = (b.y1 + b.y2) / 2;
  const bracket = el('g', { class: 'bracket', 'aria-hidden': 'true' }, [
    el('path', { class: 'leader', d: `M${b.x - 6},${b.y1}H${b.x}V${b.y2}H${b.x - 6}` }),
    ...lines.map((line, i) =>
      el('text', { class: 'label label-muted', x: b.x + 8, y: mid + (i - (lines.length - 1) / 2) * (f + 3) + f * 0.36, 'font-size': f }, [line]),
    ),
  ]);
  // Wide: "100% of developers asked" at the scale's end. Narrow: the scale is too short for that
  // beside "0%", so the end says "100%" and the unit gets a line of its own.
  const wide = l.layout === 'wide';
  const axis = el('g', { class: 'axis-labels', 'aria-hidden': 'true' }, [
    el('text', { class: 'label label-muted', x: l.axis.x0, y: l.axis.y + f, 'font-size': f - 1 }, ['0%']),
    el('text', { class: 'label label-muted', x: l.axis.x100, y: l.axis.y + f, 'font-size': f - 1, 'text-anchor': 'end' }, [wide ? '100% of developers asked' : '100%']),
    !wide && el('text', { class: 'label label-muted', x: l.axis.x0, y: l.axis.y + 2 * f + 4, 'font-size': f - 1 }, ['Share of the developers asked']),
  ]);
  return [...rows, bracket, axis];
}
