/** competence-centres: layout → SVG nodes. Pure and deterministic. */
import { dollars, roubles } from '../../lib/format';
import { el, type SvgNode } from '../shared/svg';
import { wrap } from '../shared/text';
import type { Budget } from '../../schemas/budget';
import type { CompetenceCentresLayout } from './competence-centres.layout';

export function competenceCentresSvg(l: CompetenceCentresLayout, currency: string, standalone: boolean, budget: Budget): SvgNode[] {
  const { spotlightUsd, centres: centresCount, totalRub } = budget;
  const f = l.font;
  const wide = l.layout === 'wide';
  const shown = (id: string) => !standalone || id === currency;
  const headlines = l.figures.filter((fig) => shown(fig.id)).map((fig) =>
    el('g', { class: `cur cur-${fig.id}`, 'data-currency': fig.id }, [
      el('text', { class: 't', x: l.headline.x, y: l.headline.y, 'font-size': wide ? 28 : 24, 'font-weight': 700 }, [fig.total]),
      el('text', { class: 't', x: l.headline.x, y: l.headline.y + 24, 'font-size': f }, [fig.each]),
      el('text', { class: 't t-muted', x: l.headline.x, y: l.headline.y + 24 + f + 5, 'font-size': f }, [fig.basis]),
    ]),
  );
  const avg = l.averageRub;
  const gridTip = [
    `Each square is one centre, as the spotlight counts them.`,
    `If the money were shared evenly: about ${roubles(avg)} each`,
    ...l.bars.map((b) => `= about ${dollars(b.usdEach)} at ${b.caption}`),
  ].join('\n');
  const cellsGroup = el(
    'g',
    {
      class: 'cells',
      'data-mark': 'centres',
      'data-tip-title': `${centresCount} industrial competence centres`,
      'data-tip-body': gridTip,
    },
    [
      el('rect', { class: 'hit', x: l.grid.x - 3, y: l.grid.y - 3, width: l.grid.width + 6, height: l.grid.height + 6 }),
      ...l.cells.map((c) => el('rect', { class: 'cell', x: c.x, y: c.y, width: c.size, height: c.size, rx: 2 })),
    ],
  );
  const gridCaption = el('text', { class: 't t-muted', x: l.grid.x, y: l.grid.y + l.grid.height + 22, 'font-size': f }, [
    `${centresCount} squares: one per centre`,
  ]);

  const barH = wide ? 24 : 22;
  const barsHead = el(
    'g',
    { 'aria-hidden': 'true' },
    wrap('In US dollars, the same sum depends on the rate', f, l.barsOrigin.width, 'bold').map((line, i, all) =>
      el('text', { class: 't', x: l.barsOrigin.x, y: l.barsOrigin.y - 12 - (all.length - 1 - i) * (f + 4), 'font-size': f, 'font-weight': 700 }, [line]),
    ),
  );
  const bars = l.bars.map((b) =>
    el('g', { class: `bar bar-${b.rate.id}`, 'data-mark': b.rate.id, 'data-tip-title': `About ${dollars(b.usd)}`, 'data-tip-body': `${roubles(totalRub)} at ${b.caption}.\nAbout ${dollars(b.usdEach)} per centre on average.` }, [
      el('text', { class: 't t-muted', x: l.barsOrigin.x, y: b.y + f, 'font-size': f }, [b.caption.charAt(0).toUpperCase() + b.caption.slice(1)]),
      el('rect', { class: 'usd', x: l.barsOrigin.x, y: b.y + f + 8, width: b.width, height: barH, rx: 2 }),
      el('text', { class: 'on-bar', x: l.barsOrigin.x + b.width - 8, y: b.y + f + 8 + barH / 2 + f * 0.36, 'text-anchor': 'end', 'font-size': f, 'font-weight': 700 }, [b.value]),
    ]),
  );
  const lastBar = l.bars.at(-1);
  const spotlight = lastBar
    ? el(
        'g',
        { 'aria-hidden': 'true' },
        wrap(`The spotlight gives ${dollars(spotlightUsd)}, which fits the ${lastBar.label.replace(/^\d+ /, '')} rate.`, f - 1, l.barsOrigin.width).map((line, i) =>
          el('text', { class: 't t-muted', x: l.barsOrigin.x, y: lastBar.y + f + 8 + barH + f + 8 + i * (f + 3), 'font-size': f - 1 }, [line]),
        ),
      )
    : null;
  return [el('g', { class: 'headlines' }, headlines), cellsGroup, gridCaption, barsHead, ...bars, spotlight ?? false].filter((n): n is SvgNode => n !== false);
}
