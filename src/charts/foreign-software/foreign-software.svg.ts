/** foreign-software: layout → SVG nodes. Pure and deterministic. */
import { el, type SvgNode } from '../shared/svg';
import type { ForeignSoftwareLayout } from './foreign-software.layout';

export function foreignSoftwareSvg(l: ForeignSoftwareLayout): SvgNode[] {
  const f = l.font;
  const grid = el('g', { class: 'grid', 'aria-hidden': 'true' }, [
    ...l.ticks.map((t) => el('line', { class: 'rule', x1: t.x, x2: t.x, y1: l.plot.y0, y2: l.plot.y1 })),
    ...l.ticks.map((t) =>
      el('text', { class: 'label label-muted', x: t.x, y: l.plot.y1 + f + 4, 'text-anchor': t.anchor, 'font-size': f - 1 }, [t.label]),
    ),
    ...l.unit.lines.map((line, i) => el('text', { class: 'label label-muted', x: l.unit.x, y: l.unit.y + i * (f + 2), 'font-size': f - 1 }, [line])),
  ]);
  const rows = l.rows.map((r) => {
    const spot = r.estimate.isSpotlight;
    const mark: SvgNode[] = r.isRange
      ? [
          el('rect', { class: 'band', x: r.x1, y: r.y - 9, width: r.x2 - r.x1, height: 18, rx: 3 }),
          el('line', { class: 'range-cap', x1: r.x1, x2: r.x1, y1: r.y - 9, y2: r.y + 9 }),
          el('line', { class: 'range-cap', x1: r.x2, x2: r.x2, y1: r.y - 9, y2: r.y + 9 }),
        ]
      : [el('circle', { class: spot ? 'dot highlight' : 'dot ring-mark', cx: r.x1, cy: r.y, r: spot ? 8 : 7 })];
    const valueRight = r.x2 + 14 + 40 < l.size.width;
    return el(
      'g',
      {
        class: `estimate${spot ? ' is-spotlight' : ''}`,
        'data-mark': r.estimate.id,
        'data-tip-title': r.tipTitle,
        'data-tip-body': r.tipBody,
      },
      [
        el('text', { class: spot ? 'label label-highlight' : 'label', x: r.labelX, y: r.labelY, 'font-size': f, 'font-weight': 700 }, [r.title]),
        ...r.detail.map((line, i) => el('text', { class: 'label label-muted', x: r.labelX, y: r.labelY + (i + 1) * (f + 2), 'font-size': f - 1 }, [line])),
        el('line', { class: 'rule track-line', x1: l.plot.x0, x2: l.plot.x1, y1: r.y, y2: r.y }),
        ...mark,
        el(
          'text',
          {
            class: spot ? 'label label-highlight' : 'label',
            x: valueRight ? r.x2 + 14 : r.x1 - 14,
            y: r.y + f * 0.36,
            'text-anchor': valueRight ? 'start' : 'end',
            'font-size': f,
            'font-weight': 700,
          },
          [r.value],
        ),
      ],
    );
  });
  return [grid, ...rows];
}
