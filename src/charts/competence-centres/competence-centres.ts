/** Registry entry: the money for the industrial competence centres, in dollars and per centre. */
import type { Datasets } from '../../data';
import { countAverages, impliedRubPerUsd, toUsd } from '../../data/derived';
import { dollars, millions, partialDateLabel, partialDatePhrase, roubles } from '../../lib/format';
import type { ChartDefinition, Size } from '../types';
import { frame } from '../shared/frame';
import { switchState } from '../shared/key';
import { chronological, competenceCentresLayout, rateDateLabel, rateText } from './competence-centres.layout';
import { competenceCentresSvg } from './competence-centres.svg';

const sizes: Record<'wide' | 'narrow', Size> = {
  wide: { width: 800, height: 516 },
  narrow: { width: 288, height: 712 },
};

/** Whole millions, as a number (as the chart rounds them): the table's cells are numbers so that downloads parse. */
const inMillions = (n: number) => Math.round(n / 1e6);

function description(d: Datasets): string {
  const b = d.budget;
  const rates = chronological(b.rates);
  const counts = countAverages(b);
  const [own, ...others] = counts;
  const dollarsText = rates.map((r) => `about ${dollars(toUsd(b.totalRub, r))} at ${rateDateLabel(r)}`).join(' but ');
  return [
    `Bars on one zero-based scale show the ${roubles(b.totalRub)} of state co-financing announced ${partialDatePhrase(b.announced)} in US dollars: ${dollarsText}.`,
    `Shared out evenly, the sum comes to about ${millions(own!.averageRub)} roubles per centre for the spotlight’s count of ${own!.centres}, or ${others.map((c) => `about ${millions(c.averageRub)} for the ${c.centres} reported in ${c.date ? partialDateLabel(c.date) : 'other sources'}`).join(' and ')}.`,
    'Those averages are only arithmetic: the money co-finances projects, and the number of centres is not confirmed.',
  ].join(' ');
}

export const competenceCentres: ChartDefinition = {
  id: 'competence-centres',
  title: 'The centres’ budget lost dollar value; the sum per centre is uncertain',
  subtitle: 'State co-financing announced in July 2022: the total in US dollars at two exchange rates, and the average per centre for each reported number of centres',
  description,
  article: 'software',
  sources: (d) => [...new Set([...d.budget.sources, ...d.budget.rates.flatMap((r) => r.sources), ...d.budget.reportedCounts.flatMap((c) => c.sources)])],
  sizes,
  table: (d) => {
    const b = d.budget;
    const rates = chronological(b.rates);
    return {
      caption: `${roubles(b.totalRub)}, in US dollars at each rate and shared evenly over each reported number of centres`,
      columns: [
        { key: 'count', label: 'Number of centres, according to' },
        { key: 'centres', label: 'Centres', numeric: true },
        { key: 'totalRub', label: 'Total (million roubles)', numeric: true },
        ...rates.map((r) => ({ key: `totalUsd-${r.id}`, label: `Total (million US dollars at ${rateText(r)}, ${partialDateLabel(r.date)})`, numeric: true })),
        { key: 'perCentreRub', label: 'Per centre if shared evenly (million roubles)', numeric: true },
        { key: 'sources', label: 'Sources' },
      ],
      rows: countAverages(b).map((c) => ({
        count: c.spotlight ? 'The spotlight (not confirmed elsewhere)' : `Reporting, ${c.date ? partialDateLabel(c.date) : ''}`,
        centres: c.centres,
        totalRub: inMillions(b.totalRub),
        ...Object.fromEntries(rates.map((r) => [`totalUsd-${r.id}`, inMillions(toUsd(b.totalRub, r))])),
        perCentreRub: inMillions(c.averageRub),
        sources: [...new Set([...c.sources, ...b.sources, ...rates.flatMap((r) => r.sources)])].join(' '),
      })),
    };
  },
  notes: (d) => [
    `${d.budget.centresNote}`,
    `The spotlight converts the total to ${dollars(d.budget.spotlightUsd)}, which implies about ${Math.round(impliedRubPerUsd(d.budget) * 10) / 10} roubles per dollar: the rate of September 2024, not of July 2022, when the money was announced.`,
    `${d.budget.terms} An average per centre is therefore only a yardstick, not what any centre received.`,
  ],
  key: () => [],
  controls: () => [],
  render: (d, o) => {
    const size = sizes[o.layout];
    const state = switchState(competenceCentres.controls(d), o.state);
    const layout = competenceCentresLayout(d.budget, o.layout, size);
    return frame(
      { id: layout.id, layout: o.layout, theme: o.theme, labelledBy: o.labelledBy, describedBy: o.describedBy, size, title: competenceCentres.title, description: description(d), state, key: competenceCentres.key(d) },
      competenceCentresSvg(layout),
    );
  },
};
