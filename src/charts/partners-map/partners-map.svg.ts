/** partners-map: layout → SVG nodes. Pure and deterministic. */
import type { Partner } from '../../schemas/partners';
import { el, type SvgNode } from '../shared/svg';
import type { MapCountry, MapDecor, MapPanel, MapWords, PartnersMapLayout } from './partners-map.layout';
import type { MapLabel } from './partners-map.labels';
import { statusWords, type FormalCategory, type Mismatch } from './partners-map.status';

export type PartnersView = 'group' | 'formal';

/** Tooltip lines: role, the spotlight's group, formal status in Sept 2024. */
function tooltipLines(p: Partner, { t, locale }: MapWords): string[] {
  return [p.role, t.tooltip.group(t.groups[p.group]), t.tooltip.formal(statusWords(t, locale).all(p))];
}

/** Colour classes of a country: its group, its formal category, the dashed outline where they disagree. Russia, the subject, is hatched instead. */
const cls = (c: { partner: Partner; formal: FormalCategory; mismatch?: Mismatch | undefined }) =>
  c.partner.group === 'subject'
    ? 'country subject'
    : `country group-${c.partner.group} formal-${c.formal}${c.mismatch === 'no-eaeu-status' ? ' has-mismatch' : ''}`;

const markAttrs = (c: MapCountry, order: number, words: MapWords) => ({
  'data-mark': c.partner.id,
  // Keyboard order (west to east); small shapes are drawn last, on top, but travel in place.
  'data-order': order,
  'data-group': c.partner.group,
  'data-tip-title': c.partner.name,
  'data-tip-body': tooltipLines(c.partner, words).join('\n'),
});

function shapeOf(c: MapCountry, hatch: string, attrs: Record<string, string | number>): SvgNode | null {
  const fill = c.partner.group === 'subject' ? `url(#${hatch})` : undefined;
  if (c.point) return el('circle', { ...attrs, fill, cx: c.x, cy: c.y, r: 4 });
  if (c.offMap) {
    const dir = c.offMap === 'west' ? -1 : 1;
    const tip = c.x + dir * 6;
    return el('path', { ...attrs, fill, d: `M${tip},${c.y}L${tip - dir * 11},${c.y - 7}L${tip - dir * 11},${c.y + 7}Z` });
  }
  return c.d ? el('path', { ...attrs, fill, d: c.d }) : null;
}

/** A country's mark: its shape, with an invisible larger tap target around small ones. */
function markNode(c: MapCountry, order: number, hatch: string, words: MapWords): SvgNode | null {
  const classes = `${cls(c)}${c.point ? ' point-mark' : ''}${c.offMap ? ' offmap' : ''}`;
  if (!c.hit) return shapeOf(c, hatch, { class: classes, ...markAttrs(c, order, words), 'data-country': c.partner.id });
  const shape = shapeOf(c, hatch, { 'data-country': c.partner.id });
  return el('g', { class: classes, ...markAttrs(c, order, words) }, [shape, el('rect', { class: 'map-hit', x: c.hit.x, y: c.hit.y, width: c.hit.width, height: c.hit.height })]);
}

function decorNode(d: MapDecor, hatch: string): SvgNode {
  const attrs = { class: `${cls(d)} decor${d.point ? ' point-mark' : ''}`, 'data-group': d.partner.group, 'data-country': d.partner.id };
  const fill = d.partner.group === 'subject' ? `url(#${hatch})` : undefined;
  return d.point ? el('circle', { ...attrs, fill, cx: d.point.x, cy: d.point.y, r: 2.5 }) : el('path', { ...attrs, fill, d: d.d });
}

function labelNodes(labels: MapLabel[], layer: PartnersView, size: number, groupOf: Map<string, string>): SvgNode {
  return el(
    'g',
    { class: `labels only-${layer}`, 'aria-hidden': 'true' },
    labels.filter((l) => l.fitted).flatMap((l) => [
      l.leader && el('line', { class: 'leader', 'data-group': groupOf.get(l.id), 'data-leader-for': l.id, x1: l.leader.x1, y1: l.leader.y1, x2: l.leader.x2, y2: l.leader.y2 }),
      el(
        'text',
        { class: `label map-label${l.id === 'russia' ? ' map-label-subject' : ''}`, 'data-group': groupOf.get(l.id), 'data-label-for': l.id, x: l.x, y: l.y, 'text-anchor': l.anchor, 'font-size': size },
        l.lines.length === 1 ? [l.lines[0]!] : l.lines.map((line, i) => el('tspan', { x: l.x, dy: i === 0 ? 0 : l.lineHeight }, [line])),
      ),
    ]),
  );
}

function panelNode(layout: PartnersMapLayout, panel: MapPanel, hatch: string, words: MapWords): SvgNode[] {
  const clip = `${layout.id}-clip-${panel.id}`;
  const own = layout.countries.map((c, order) => ({ c, order })).filter(({ c }) => c.panel === panel.id);
  // Larger shapes first, so that small ones and their tap targets lie on top.
  const area = (c: MapCountry) => (c.point || c.offMap ? -1 : c.box.width * c.box.height);
  const drawn = [...own].sort((a, b) => area(b.c) - area(a.c) || a.order - b.order);
  const decor = layout.decor.filter((d) => d.panel === panel.id);
  const b = panel.box;
  return [
    el('g', { class: `map-panel map-panel--${panel.id}`, 'clip-path': `url(#${clip})` }, [
      panel.overlay && el('rect', { class: 'inset-bg', x: b.x, y: b.y, width: b.width, height: b.height }),
      el('path', { class: 'land', d: panel.land }),
      el('g', { class: 'countries' }, [
        ...decor.filter((d) => !d.point).map((d) => decorNode(d, hatch)),
        ...drawn.filter(({ c }) => !c.point && !c.offMap).map(({ c, order }) => markNode(c, order, hatch, words)),
      ]),
      el('g', { class: 'points' }, [
        ...decor.filter((d) => d.point).map((d) => decorNode(d, hatch)),
        ...drawn.filter(({ c }) => c.point || c.offMap).map(({ c, order }) => markNode(c, order, hatch, words)),
      ]),
      ...panel.frames.map((f) => el('path', { class: 'locator', d: f.d })),
    ]),
    panel.id !== 'main' && el('rect', { class: 'inset-frame', x: b.x + 0.5, y: b.y + 0.5, width: b.width - 1, height: b.height - 1 }),
    panel.title !== undefined &&
      panel.titleAt &&
      el(
        'text',
        { class: 'label label-muted panel-title', x: panel.titleAt.x, y: panel.titleAt.y, 'font-size': layout.fontSize },
        panel.titleAt.lines.length === 1 ? [panel.title] : panel.titleAt.lines.map((line, i) => el('tspan', { x: panel.titleAt!.x, dy: i === 0 ? 0 : panel.titleAt!.lineHeight }, [line])),
      ),
  ].filter((n): n is SvgNode => Boolean(n));
}

export function partnersMapSvg(layout: PartnersMapLayout, view: PartnersView, standalone: boolean, words: MapWords): (SvgNode | false)[] {
  const { id, fontSize } = layout;
  const showGroup = !standalone || view === 'group';
  const showFormal = !standalone || view === 'formal';
  const hatch = `${id}-hatch`;
  const groupOf = new Map(layout.countries.map((c) => [c.partner.id, c.partner.group]));
  // Marks carry the classes of both views, inline and standalone alike: the figure's (or the
  // standalone root's) data-view picks the colours through partners-map.css.
  return [
    el('defs', {}, [
      ...layout.panels.map((p) => el('clipPath', { id: `${id}-clip-${p.id}` }, [el('rect', { x: p.box.x, y: p.box.y, width: p.box.width, height: p.box.height })])),
      // Russia, the subject, recedes: a light hatch instead of a colour.
      el('pattern', { id: hatch, patternUnits: 'userSpaceOnUse', width: 5, height: 5, patternTransform: 'rotate(45)' }, [
        el('rect', { class: 'hatch-bg', width: 5, height: 5 }),
        el('path', { class: 'hatch-line', d: 'M0,0V5' }),
      ]),
    ]),
    ...layout.panels.flatMap((p) => panelNode(layout, p, hatch, words)),
    showGroup && labelNodes(layout.labels.group, 'group', fontSize, groupOf),
    showFormal && labelNodes(layout.labels.formal, 'formal', fontSize, groupOf),
  ];
}
