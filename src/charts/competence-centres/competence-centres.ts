/** Registry entry: the money for the industrial competence centres, per centre and in dollars. */
import type { Datasets } from '../../data';
import { averagePerCentreRub, impliedRubPerUsd, toUsd } from '../../data/derived';
import { dollars, partialDateLabel, partialDatePhrase, roubles } from '../../lib/format';
import type { ChartDefinition, Size } from '../types';
import { frame } from '../shared/frame';
import { switchState } from '../shared/key';
import { competenceCentresLayout, rateDateLabel } from './competence-centres.layout';
import { competenceCentresSvg } from './competence-centres.svg';

const sizes: Record<'wide' | 'narrow', Size> = {
  wide: { width: 800, height: 300 },
  narrow: { width: 328, height: 510 },
};

const byDate = (d: Datasets) => [...d.budget.rates].sort((a, b) => a.date.localeCompare(b.date));

function description(d: Datasets): string {
  const b = d.budget;
  const rates = byDate(d);
  const dollarsText = rates.map((r) => `about ${dollars(toUsd(b.totalRub, r))} at ${rateDateLabel(r)}`).join(' but ');
  return [
    `${b.centres} squares stand for the ${b.centres} industrial competence centres the spotlight counts, which share ${roubles(b.totalRub)} of state co-financing announced ${partialDatePhrase(b.announced)}.`,
    `Shared out evenly, that is about ${roubles(averagePerCentreRub(b))} per centre.`,
    `In US dollars the same sum is ${dollarsText}, so the dollar figure depends on which rate is used.`,
  ].join(' ');
}

export const competenceCentres: ChartDefinition = {
  id: 'competence-centres',
  title: 'The competence centres’ budget, in roubles and dollars',
  subtitle: 'State co-financing announced in July 2022, in roubles and in dollars at two exchange rates',
  description,
  article: 'software',
  sources: (d) => [...new Set([...d.budget.sources, ...d.budget.rates.flatMap((r) => r.sources)])],
  sizes,
  table: (d) => {
    const b = d.budget;
    const avg = averagePerCentreRub(b);
    // Numbers, not phrases, so a spreadsheet can redo the sums: one row per exchange rate.
    const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
    return {
      caption: `${roubles(b.totalRub)} for ${b.centres} centres, in roubles and US dollars`,
      columns: [
        { key: 'rate', label: 'Exchange rate used' },
        { key: 'rubPerUsd', label: 'Roubles per dollar', numeric: true },
        { key: 'approximate', label: 'Rate approximate' },
        { key: 'totalRub', label: 'Total', numeric: true, unit: 'billion roubles' },
        { key: 'totalUsd', label: 'Total', numeric: true, unit: 'million US dollars' },
        { key: 'centres', label: 'Centres', numeric: true },
        { key: 'perCentreRub', label: 'Per centre, average', numeric: true, unit: 'million roubles' },
        { key: 'perCentreUsd', label: 'Per centre, average', numeric: true, unit: 'million US dollars' },
        { key: 'sources', label: 'Sources' },
      ],
      rows: byDate(d).map((r) => ({
        rate: r.label,
        rubPerUsd: r.rubPerUsd,
        approximate: r.approximate ? 'yes' : 'no',
        totalRub: round(b.totalRub / 1e9, 2),
        totalUsd: round(toUsd(b.totalRub, r) / 1e6, 1),
        centres: b.centres,
        perCentreRub: round(avg / 1e6, 1),
        perCentreUsd: round(toUsd(avg, r) / 1e6, 2),
        sources: [...new Set([...b.sources, ...r.sources])].join(' '),
      })),
    };
  },
  notes: (d) => [
    `${d.budget.centresNote}`,
    `The spotlight converts the total to ${dollars(d.budget.spotlightUsd)}, which implies about ${Math.round(impliedRubPerUsd(d.budget) * 10) / 10} roubles per dollar: the rate of September 2024, not of July 2022, when the money was announced.`,
    d.budget.terms,
  ],
  key: () => [],
  controls: (d) => [
    {
      kind: 'switch',
      name: 'currency',
      label: 'Show in',
      initial: 'rub',
      options: [
        { value: 'rub', label: 'Roubles' },
        ...byDate(d).map((r) => ({ value: r.id, label: `Dollars, ${partialDateLabel(r.date).replace(/^\d+ /, '')}` })),
      ],
    },
  ],
  render: (d, o) => {
    const size = sizes[o.layout];
    const state = switchState(competenceCentres.controls(d), o.state);
    const layout = competenceCentresLayout(d.budget, o.layout, size);
    const currency = state['currency'] ?? 'rub';
    return frame(
      { id: layout.id, layout: o.layout, theme: o.theme, labelledBy: o.labelledBy, describedBy: o.describedBy, size, title: competenceCentres.title, description: description(d), state, key: competenceCentres.key(d) },
      competenceCentresSvg(layout, currency, o.theme === 'standalone', d.budget),
    );
  },
};
