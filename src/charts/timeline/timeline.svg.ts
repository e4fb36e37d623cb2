/** timeline: layout → SVG nodes. Pure and deterministic. */
import { el, type SvgNode } from '../shared/svg';
import type { PlacedEvent, TimelineLayout } from './timeline.layout';

const PRECISION_TEXT = { day: 'Exact day known', month: 'Only the month is known', year: 'Only the year is known' } as const;

/** The mark for an event's date, drawn as precisely as it is known. */
function dateMark(p: PlacedEvent, l: TimelineLayout): SvgNode[] {
  const k = `k-${p.category}`;
  const h = l.orientation === 'horizontal';
  const ax = h ? l.axis.y1 : l.axis.x1;
  // Brackets for spans and year-precision dates run along the axis, just off it.
  if (p.shape === 'span' || p.shape === 'year') {
    return [
      bracket(p, l),
      el('circle', { class: `ring-mark s-${p.category}`, cx: h ? p.at : ax, cy: h ? ax : p.at, r: 3 }),
    ];
  }
  if (p.shape === 'month') return [el('circle', { class: `ring-mark s-${p.category}`, cx: h ? p.at : ax, cy: h ? ax : p.at, r: 4.5 })];
  return [el('circle', { class: k, cx: h ? p.at : ax, cy: h ? ax : p.at, r: 4.5 })];
}

export function timelineSvg(l: TimelineLayout): SvgNode[] {
  const f = l.font;
  const lh = f * 1.25;
  const h = l.orientation === 'horizontal';
  const axis = el('g', { class: 'axis-group', 'aria-hidden': 'true' }, [
    el('line', { class: 'axis', x1: l.axis.x1, y1: l.axis.y1, x2: l.axis.x2, y2: l.axis.y2 }),
    ...l.ticks.flatMap((t) => {
      const major = t.year % 2 === 0;
      return h
        ? [
            el('line', { class: 'axis', x1: t.pos, x2: t.pos, y1: l.axis.y1, y2: l.axis.y1 + (major ? 6 : 3) }),
            major && el('text', { class: 't t-muted', x: t.pos, y: l.axis.y1 + 8 + f, 'text-anchor': t.pos < 24 ? 'start' : t.pos > l.size.width - 24 ? 'end' : 'middle', 'font-size': f - 1 }, [String(t.year)]),
          ]
        : [
            el('line', { class: 'axis', y1: t.pos, y2: t.pos, x1: l.axis.x1, x2: l.axis.x1 - (major ? 6 : 3) }),
            major && el('text', { class: 't t-muted', y: t.pos + f * 0.36, x: l.axis.x1 - 9, 'text-anchor': 'end', 'font-size': f - 1 }, [String(t.year)]),
          ];
    }),
  ]);
  const tipAttrs = (p: PlacedEvent) => ({
    'data-mark': p.event.id,
    'data-group': p.category,
    'data-tip-title': `${p.dateText}: ${p.event.title}`,
    'data-tip-body': `${p.event.summary}\n${p.shape === 'span' ? 'A span: the source gives no exact dates' : PRECISION_TEXT[p.precision]}.`,
  });
  if (h) {
    const r = l.markerRadius ?? 10;
    const indent = l.labelIndent ?? 28;
    const marks = l.events.map((p) => {
      const my = p.markY ?? l.axis.y1 - r - 6;
      const hollow = p.shape !== 'day';
      return el('g', { class: `event s-${p.category}`, ...tipAttrs(p) }, [
        ...(p.shape === 'span' || p.shape === 'year' ? [bracket(p, l)] : []),
        el('circle', { class: hollow ? `ring-mark s-${p.category}` : `k-${p.category}`, cx: p.at, cy: my, r }),
        el('text', { class: hollow ? `num-label date s-text-${p.category}` : 'num-label on-mark', x: p.at, y: my + f * 0.36, 'text-anchor': 'middle', 'font-size': 12, 'font-weight': 700 }, [String(p.number ?? '')]),
      ]);
    });
    const list = l.events.map((p) =>
      el('g', { class: 'event-label', 'data-group': p.category }, [
        el('circle', { class: p.shape !== 'day' ? `ring-mark s-${p.category}` : `k-${p.category}`, cx: p.box.x + r, cy: p.box.y + f * 0.62, r }),
        el('text', { class: p.shape !== 'day' ? `num-label date s-text-${p.category}` : 'num-label on-mark', x: p.box.x + r, y: p.box.y + f * 0.98, 'text-anchor': 'middle', 'font-size': 12, 'font-weight': 700 }, [String(p.number ?? '')]),
        el('text', { class: `t date s-text-${p.category}`, x: p.box.x + indent, y: p.box.y + f, 'font-size': f, 'font-weight': 700 }, [p.dateText]),
        ...p.titleLines.map((line, i) => el('text', { class: 't', x: p.box.x + indent, y: p.box.y + f + (i + 1) * lh, 'font-size': f }, [line])),
      ]),
    );
    // Stems sit in a layer of their own beneath every marker, so a stem rising to a stacked marker
    // never runs across the hollow markers below it.
    const stems = l.events.map((p) => el('path', { class: 'leader', d: `M${p.at},${l.axis.y1}V${(p.markY ?? l.axis.y1 - r - 6) + r}` }));
    return [axis, el('g', { class: 'stems', 'aria-hidden': 'true' }, stems), el('g', { class: 'events' }, marks), el('g', { class: 'event-list', 'aria-hidden': 'true' }, list)];
  }
  const events = l.events.map((p) =>
    el('g', { class: `event s-${p.category}`, ...tipAttrs(p) }, [
      el('path', { class: 'leader', d: `M${p.leader.x1},${p.leader.y1}L${p.leader.x2},${p.leader.y2}` }),
      ...dateMark(p, l),
      el('text', { class: `t date s-text-${p.category}`, x: p.box.x, y: p.box.y + f, 'font-size': f, 'font-weight': 700 }, [p.dateText]),
      ...p.titleLines.map((line, i) => el('text', { class: 't', x: p.box.x, y: p.box.y + f + (i + 1) * lh, 'font-size': f }, [line])),
    ]),
  );
  const years = el(
    'g',
    { class: 'axis-group', 'aria-hidden': 'true' },
    (l.yearLabels ?? []).map((y) =>
      y.gap
        ? el('path', { class: 'axis-break', d: `M${l.axis.x1 - 6},${y.pos + 3}l12,-4M${l.axis.x1 - 6},${y.pos + 8}l12,-4` })
        : el('text', { class: 't t-muted', x: l.axis.x1 - 10, y: y.pos, 'text-anchor': 'end', 'font-size': f - 1, 'font-weight': 600 }, [y.text]),
    ),
  );
  return [axis, years, ...events];
}

/** A bracket along the axis for a year-precision date or a span. */
function bracket(p: PlacedEvent, l: TimelineLayout): SvgNode {
  const h = l.orientation === 'horizontal';
  const ax = h ? l.axis.y1 : l.axis.x1;
  const off = h ? -6 : 7;
  const tick = h ? 4 : -4;
  const d = h
    ? p.shape === 'span'
      ? `M${p.from},${ax}H${p.to}`
      : `M${p.from},${ax + off + tick}V${ax + off}H${p.to}V${ax + off + tick}`
    : `M${ax + off + tick},${p.from}H${ax + off}V${p.to}H${ax + off + tick}`;
  return el('path', { class: `bracket-mark s-${p.category}${p.shape === 'span' ? ' is-span' : ''}`, d });
}
