/** partners-map: layout → SVG string. Pure and deterministic. */
import type { Partner } from '../../schemas/partners';
import { partialDateLabel } from '../../lib/format';
import { el, type SvgNode } from '../shared/svg';
import type { PlacedLabel } from '../shared/labels';
import { GROUP_LABELS, type MapCountry, type PartnersMapLayout } from './partners-map.layout';

export type PartnersView = 'group' | 'formal';

const since = (m: { since?: string | undefined }) => (m.since ? ` since ${partialDateLabel(m.since)}` : '');

/** Tooltip lines: role, the spotlight's group, formal status in Sept 2024. */
export function tooltipLines(p: Partner): string[] {
  const statuses: string[] = [];
  if (p.eaeu.status !== 'none') statuses.push(`EAEU ${p.eaeu.status}${since(p.eaeu)}`);
  if (p.brics.status === 'member') statuses.push(`BRICS member${since(p.brics)}`);
  if (p.oecd.status === 'member') statuses.push(`OECD member${since(p.oecd)}`);
  return [
    p.role,
    `Spotlight’s group: ${GROUP_LABELS[p.group]}`,
    `Formal status, Sept 2024: ${statuses.length ? statuses.join('; ') : 'none of EAEU, BRICS, OECD'}`,
  ];
}

const markAttrs = (c: MapCountry, cls: string, order: number) => ({
  class: cls,
  'data-mark': c.partner.id,
  // Keyboard order (west to east); points are drawn last, on top, but travel in place.
  'data-order': order,
  'data-group': c.partner.group,
  'data-tip-title': c.partner.name,
  'data-tip-body': tooltipLines(c.partner).join('\n'),
});

function labelNodes(labels: PlacedLabel[], layer: PartnersView, size: number, countries: MapCountry[]): SvgNode {
  const groupOf = new Map(countries.map((c) => [c.partner.id, c.partner.group]));
  return el(
    'g',
    { class: `labels only-${layer}`, 'aria-hidden': 'true' },
    labels.flatMap((l) => [
      l.leader && el('line', { class: 'leader', 'data-group': groupOf.get(l.id), x1: l.leader.x1, y1: l.leader.y1, x2: l.leader.x2, y2: l.leader.y2 }),
      el('text', { class: `t label${l.id === 'russia' ? ' label-subject' : ''}`, 'data-group': groupOf.get(l.id), x: l.x, y: l.y, 'text-anchor': l.anchor, 'font-size': size }, [l.text]),
    ]),
  );
}

export function partnersMapSvg(layout: PartnersMapLayout, view: PartnersView, standalone: boolean): (SvgNode | false)[] {
  const { id, countries, fontSize } = layout;
  const showGroup = !standalone || view === 'group';
  const showFormal = !standalone || view === 'formal';
  // Marks carry the classes of both views, inline and standalone alike: the figure's (or the
  // standalone root's) data-view picks the colours through charts.css.
  const shapes: SvgNode[] = [];
  countries.forEach((c, i) => {
    if (c.d) shapes.push(el('path', { ...markAttrs(c, cls(c), i), d: c.d }));
  });
  const points: SvgNode[] = [];
  countries.forEach((c, i) => {
    if (c.point) points.push(el('circle', { ...markAttrs(c, `${cls(c)} pt`, i), cx: c.x, cy: c.y, r: 4 }));
    if (c.offMap) {
      const dir = c.offMap === 'west' ? -1 : 1;
      const tip = c.x + dir * 6;
      points.push(
        el('path', {
          ...markAttrs(c, `${cls(c)} offmap`, i),
          d: `M${tip},${c.y}L${tip - dir * 10},${c.y - 6}L${tip - dir * 10},${c.y + 6}Z`,
        }),
      );
    }
  });
  return [
    el('defs', {}, [
      el('clipPath', { id: `${id}-clip` }, [el('rect', { width: layout.size.width, height: layout.size.height })]),
    ]),
    el('g', { 'clip-path': `url(#${id}-clip)` }, [
      el('path', { class: 'land', d: layout.land }),
      el('g', { class: 'countries' }, shapes),
      el('g', { class: 'points' }, points),
    ]),
    showGroup && labelNodes(layout.labels.group, 'group', fontSize, countries),
    showFormal && labelNodes(layout.labels.formal, 'formal', fontSize, countries),
  ];
}

const cls = (c: MapCountry) => `country g-${c.partner.group} f-${c.formal}${c.mismatch === 'no EAEU status' ? ' has-mismatch' : ''}`;
