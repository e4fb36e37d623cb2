/** competence-centres: layout → SVG nodes. Pure and deterministic. */
import { el, type SvgNode } from '../shared/svg';
import type { BarRow, CompetenceCentresLayout, Panel } from './competence-centres.layout';

function bar(r: BarRow, l: CompetenceCentresLayout): SvgNode {
  const f = l.font;
  const lh = f + 4;
  const lines = [
    ...r.name.map((line) => ({ line, bold: true })),
    ...r.detail.map((line) => ({ line, bold: false })),
  ];
  return el('g', { class: `bar bar-${r.kind}`, 'data-mark': r.id, 'data-tip-title': r.tipTitle, 'data-tip-body': r.tipBody }, [
    ...lines.map(({ line, bold }, i) =>
      el('text', { class: bold ? 'label' : 'label label-muted', x: r.labelX, y: r.labelY + i * lh, 'font-size': f, 'font-weight': bold ? 700 : undefined }, [line]),
    ),
    el('rect', { class: r.kind, x: r.x, y: r.y, width: r.width, height: r.height }),
    el('text', { class: 'label', x: r.valueX, y: r.valueY, 'font-size': f, 'font-weight': 700 }, [r.value]),
  ]);
}

function panel(p: Panel, l: CompetenceCentresLayout): SvgNode[] {
  const f = l.font;
  const lh = f + 4;
  const wide = l.layout === 'wide';
  const head = el(
    'g',
    { class: 'panel-head' },
    [
      ...p.heading.lines.map((line, i) => el('text', { class: 'label', x: p.heading.x, y: p.heading.y + i * lh, 'font-size': f, 'font-weight': 700 }, [line])),
      ...(p.note?.lines ?? []).map((line, i) => el('text', { class: 'label label-muted', x: p.note!.x, y: p.note!.y + i * lh, 'font-size': f }, [line])),
    ],
  );
  // Gridlines and the zero line: the full height of the panel when wide (labels sit in their own
  // column); behind each bar only when narrow, where the labels sit above the bars.
  const spans = wide ? [{ y1: p.gridTop, y2: p.axisY }] : p.rows.map((r) => ({ y1: r.y - 4, y2: r.y + r.height + 4 }));
  const grid = el(
    'g',
    { class: 'grid', 'aria-hidden': 'true' },
    [
      ...p.ticks.flatMap((t) => spans.map((s) => el('line', { class: t.x === p.x0 ? 'axis' : 'rule', x1: t.x, x2: t.x, y1: s.y1, y2: s.y2 }))),
      !wide && el('line', { class: 'rule', x1: p.x0, x2: p.ticks.at(-1)?.x ?? p.x1, y1: p.axisY, y2: p.axisY }),
      ...p.ticks.map((t) =>
        el('text', { class: 'label label-muted', x: t.textX, y: p.tickY, 'font-size': f - 1 }, [t.label + t.unit]),
      ),
    ],
  );
  return [el('g', { class: `panel panel-${p.id}` }, [head, grid, ...p.rows.map((r) => bar(r, l))])];
}

export function competenceCentresSvg(l: CompetenceCentresLayout): SvgNode[] {
  const f = l.font;
  const h = l.headline;
  const headline = el('g', { class: 'headline' }, [
    el('text', { class: 'label', x: h.x, y: h.y, 'font-size': h.size, 'font-weight': 700 }, [h.text]),
    ...h.lines.map((line, i) => el('text', { class: 'label label-muted', x: h.x, y: h.lineY + i * (f + 4), 'font-size': f }, [line])),
  ]);
  return [headline, ...l.panels.flatMap((p) => panel(p, l))];
}
