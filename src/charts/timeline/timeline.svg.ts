/** timeline: layout → SVG nodes. Pure and deterministic. */
import { el, type SvgNode } from '../shared/svg';
import { wrap } from '../shared/text';
import type { PlacedEvent, TimelineLayout } from './timeline.layout';

const PRECISION_TEXT = { day: 'Exact day known', month: 'Only the month is known', year: 'Only the year is known' } as const;

/** The mark for an event's date, drawn as precisely as it is known. */
function dateMark(p: PlacedEvent, l: TimelineLayout): SvgNode[] {
  const k = `category-${p.category}`;
  const h = l.orientation === 'horizontal';
  const ax = h ? l.axis.y1 : l.axis.x1;
  // Brackets for spans and year-precision dates run along the axis, just off it.
  if (p.shape === 'span' || p.shape === 'year') {
    return [
      bracket(p, l),
      el('circle', { class: `ring-mark category-${p.category}`, cx: h ? p.at : ax, cy: h ? ax : p.at, r: 3 }),
    ];
  }
  if (p.shape === 'month') return [el('circle', { class: `ring-mark category-${p.category}`, cx: h ? p.at : ax, cy: h ? ax : p.at, r: 4.5 })];
  return [el('circle', { class: k, cx: h ? p.at : ax, cy: h ? ax : p.at, r: 4.5 })];
}

export function timelineSvg(l: TimelineLayout): SvgNode[] {
  const f = l.font;
  const lh = f * 1.25;
  const h = l.orientation === 'horizontal';
  const tipAttrs = (p: PlacedEvent) => ({
    'data-mark': p.event.id,
    'data-group': p.category,
    'data-tip-title': `${p.dateText}: ${p.event.title}`,
    'data-tip-body': `${p.event.summary}\n${p.shape === 'span' ? 'A span: the source gives no exact dates' : PRECISION_TEXT[p.precision]}.`,
  });
  if (h) return horizontalSvg(l, tipAttrs);
  const axis = el('g', { class: 'axis-group', 'aria-hidden': 'true' }, [
    el('line', { class: 'axis', x1: l.axis.x1, y1: l.axis.y1, x2: l.axis.x2, y2: l.axis.y2 }),
    ...l.ticks.flatMap((t) => {
      const major = t.year % 2 === 0;
      return h
        ? [
            el('line', { class: 'axis', x1: t.pos, x2: t.pos, y1: l.axis.y1, y2: l.axis.y1 + (major ? 6 : 3) }),
            major && el('text', { class: 'label label-muted', x: t.pos, y: l.axis.y1 + 8 + f, 'text-anchor': t.pos < 24 ? 'start' : t.pos > l.size.width - 24 ? 'end' : 'middle', 'font-size': f - 1 }, [String(t.year)]),
          ]
        : [
            el('line', { class: 'axis', y1: t.pos, y2: t.pos, x1: l.axis.x1, x2: l.axis.x1 - (major ? 6 : 3) }),
            major && el('text', { class: 'label label-muted', y: t.pos + f * 0.36, x: l.axis.x1 - 9, 'text-anchor': 'end', 'font-size': f - 1 }, [String(t.year)]),
          ];
    }),
  ]);
  const events = l.events.map((p) =>
    el('g', { class: `event category-${p.category}`, ...tipAttrs(p) }, [
      el('path', { class: 'leader', d: `M${p.leader.x1},${p.leader.y1}L${p.leader.x2},${p.leader.y2}` }),
      ...dateMark(p, l),
      el('text', { class: `label date category-text-${p.category}`, x: p.box.x, y: p.box.y + f, 'font-size': f, 'font-weight': 700 }, [p.dateText]),
      ...p.titleLines.map((line, i) => el('text', { class: 'label', x: p.box.x, y: p.box.y + f + (i + 1) * lh, 'font-size': f }, [line])),
    ]),
  );
  const years = el(
    'g',
    { class: 'axis-group', 'aria-hidden': 'true' },
    (l.yearLabels ?? []).map((y) =>
      y.gap
        ? el('path', { class: 'axis-break', d: `M${l.axis.x1 - 6},${y.pos + 3}l12,-4M${l.axis.x1 - 6},${y.pos + 8}l12,-4` })
        : el('text', { class: 'label label-muted', x: l.axis.x1 - 10, y: y.pos, 'text-anchor': 'end', 'font-size': f - 1, 'font-weight': 600 }, [y.text]),
    ),
  );
  const hl = l.highlight;
  const band = hl
    ? el('g', { class: 'era-highlight', 'aria-hidden': 'true' }, [
        el('rect', { class: 'era-band', x: 0, y: hl.from, width: l.size.width, height: hl.to - hl.from }),
        ...wrap(hl.text, f - 1, l.axis.x1 - 12).map((line, i) =>
          el('text', { class: 'label label-muted', x: l.axis.x1 - 10, y: hl.textY + i * (f + 2), 'text-anchor': 'end', 'font-size': f - 1 }, [line]),
        ),
      ])
    : null;
  return [band, axis, years, ...events].filter((n): n is SvgNode => n !== null);
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
  return el('path', { class: `bracket-mark category-${p.category}${p.shape === 'span' ? ' is-span' : ''}`, d });
}

/** Wide: the shaded busiest year, the ruler of years, and a flag per event. */
function horizontalSvg(l: TimelineLayout, tipAttrs: (p: PlacedEvent) => Record<string, string>): SvgNode[] {
  const f = l.font;
  const lh = f * 1.25;
  const top = l.axis.y1;
  const bottom = l.axis.y2;
  const hl = l.highlight;
  const band = hl
    ? el('g', { class: 'era-highlight', 'aria-hidden': 'true' }, [
        el('rect', { class: 'era-band', x: hl.from, y: hl.textY + 6, width: hl.to - hl.from, height: l.size.height - hl.textY - 6 }),
        el('text', { class: 'label', x: (hl.from + hl.to) / 2, y: hl.textY, 'text-anchor': 'middle', 'font-size': f, 'font-weight': 700 }, [hl.text]),
      ])
    : null;
  const years = l.ticks.slice(0, -1);
  const ruler = el(
    'g',
    { class: 'ruler', 'aria-hidden': 'true' },
    years.flatMap((t, i) => {
      const next = l.ticks[i + 1]!.pos;
      const isHl = hl?.year === t.year;
      // The highlighted year is bold ink: muted grey is under 4.5:1 on its darker cell (--c-band).
      return [
        el('rect', { class: `ruler-cell${isHl ? ' is-highlight' : i % 2 ? ' alt' : ''}`, x: t.pos, y: top, width: next - t.pos, height: bottom - top }),
        el('text', { class: isHl ? 'label' : 'label label-muted', x: (t.pos + next) / 2, y: (top + bottom) / 2 + 12 * 0.36, 'text-anchor': 'middle', 'font-size': 12, 'font-weight': isHl ? 700 : undefined }, [String(t.year)]),
      ];
    }),
  );
  const events = l.events.map((p) => {
    const anchor = p.hang === 'left' ? 'end' : 'start';
    const tx = p.hang === 'left' ? p.box.x + p.box.width : p.box.x;
    // The date leads the first line, in bold and the category's colour. The flag is the mark (its
    // whole box takes the pointer); its stem and date mark are drawn beneath, in their own layer.
    return el('g', { class: `event category-${p.category}`, ...tipAttrs(p) }, [
      el('rect', { class: 'hit', x: p.box.x - 2, y: p.box.y - 2, width: p.box.width + 4, height: p.box.height + 2 }),
      ...p.titleLines.map((line, i) =>
        el('text', { class: 'label', x: tx, y: p.box.y + f + i * lh - 2, 'text-anchor': anchor, 'font-size': f }, i === 0 ? [el('tspan', { class: `date category-text-${p.category}`, 'font-weight': 700 }, [p.dateText]), line ? ` ${line}` : ''] : [line]),
      ),
    ]);
  });
  const captions = l.captions
    ? el(
        'g',
        { class: 'row-captions', 'aria-hidden': 'true' },
        [l.captions.above, l.captions.below].flatMap((c) =>
          c.lines.map((line, i) => el('text', { class: 'label label-muted', x: c.x, y: c.y + f + i * lh - 2, 'font-size': f, 'font-weight': 700 }, [line])),
        ),
      )
    : null;
  const stems = el(
    'g',
    { class: 'stems', 'aria-hidden': 'true' },
    l.events.flatMap((p) => {
      const above = p.side === 'above';
      const edge = above ? top : bottom;
      return [el('path', { class: 'leader', 'data-stem': p.event.id, d: `M${p.at},${edge}V${p.leader.y2}` }), ...edgeMark(p, edge, above)];
    }),
  );
  return [band, ruler, captions, stems, el('g', { class: 'events' }, events)].filter((n): n is SvgNode => n !== null);
}

/** The date's mark on the ruler's edge: a dot for a day, a ring for a month, a bracket for a year or span. */
function edgeMark(p: PlacedEvent, edge: number, above: boolean): SvgNode[] {
  const out = above ? -1 : 1;
  if (p.shape === 'span' || p.shape === 'year') {
    const y = edge + out * 3;
    const d = p.shape === 'span' ? `M${p.from},${y}H${p.to}` : `M${p.from},${y + out * 4}V${y}H${p.to}V${y + out * 4}`;
    return [el('path', { class: `bracket-mark category-${p.category}${p.shape === 'span' ? ' is-span' : ''}`, d }), el('circle', { class: `ring-mark category-${p.category}`, cx: p.at, cy: edge, r: 3 })];
  }
  if (p.shape === 'month') return [el('circle', { class: `ring-mark category-${p.category}`, cx: p.at, cy: edge, r: 4.5 })];
  return [el('circle', { class: `category-${p.category}`, cx: p.at, cy: edge, r: 4.5 })];
}
