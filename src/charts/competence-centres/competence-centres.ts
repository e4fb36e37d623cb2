/** The chart: the money for the industrial competence centres, in dollars and per centre. */
import { countAverages, impliedRubPerUsd, toUsd } from '../../data/derived';
import { precisionOf } from '../../schemas/common';
import { defineChart, type Size } from '../types';
import { chronological, competenceCentresLayout, rateDateLabel, rateText } from './competence-centres.layout';
import { competenceCentresSvg } from './competence-centres.svg';
import { messagesFiles } from '../shared/messages-files';
import type { CompetenceCentresMessages } from './messages/en';

const sizes: Record<'wide' | 'narrow', Size> = {
  wide: { width: 800, height: 516 },
  narrow: { width: 288, height: 712 },
};

/** Whole millions, as a number (as the chart rounds them): the table's cells are numbers so that downloads parse. */
const inMillions = (n: number) => Math.round(n / 1e6);

export default defineChart({
  id: 'competence-centres',
  sizes,
  messages: messagesFiles<CompetenceCentresMessages>(import.meta.glob('./messages/*.ts', { eager: true }), 'src/charts/competence-centres/messages'),
  sources: (d) => [...d.budget.sources, ...d.budget.rates.flatMap((r) => r.sources), ...d.budget.reportedCounts.flatMap((c) => c.sources)],
  text: ({ data: d, locale, t }) => {
    const w = { locale, t };
    const dollars = (n: number) => locale.money(n, 'USD');
    const roubles = (n: number) => locale.compact(n, t.roubles);
    const millions = (n: number) => t.million(locale.millions(n));
    const b = d.budget;
    const rates = chronological(b.rates);
    const [own, ...others] = countAverages(b);
    return {
      title: t.title,
      subtitle: t.subtitle,
      description: t.description({
        total: roubles(b.totalRub),
        announced: t.when(locale.date(b.announced), precisionOf(b.announced)),
        dollars: rates.map((r) => t.dollarsAt(dollars(toUsd(b.totalRub, r)), rateDateLabel(r, w))),
        own: { average: millions(own!.averageRub), centres: own!.centres },
        others: locale.list(others.map((c) => t.otherAverage(millions(c.averageRub), c.centres, c.date && locale.date(c.date)))),
      }),
      table: {
        caption: t.tableCaption(roubles(b.totalRub)),
        columns: [
          { key: 'count', label: t.columns.count },
          { key: 'centres', label: t.columns.centres, numeric: true },
          { key: 'totalRub', label: t.columns.totalRub, numeric: true },
          ...rates.map((r) => ({ key: `totalUsd-${r.id}`, label: t.columns.totalUsd(rateText(r, w), locale.date(r.date)), numeric: true })),
          { key: 'perCentreRub', label: t.columns.perCentreRub, numeric: true },
          { key: 'sources', label: t.columns.sources },
        ],
        rows: countAverages(b).map((c) => ({
          count: c.spotlight ? t.countBy.spotlight : t.countBy.reporting(c.date ? locale.date(c.date) : ''),
          centres: c.centres,
          totalRub: inMillions(b.totalRub),
          ...Object.fromEntries(rates.map((r) => [`totalUsd-${r.id}`, inMillions(toUsd(b.totalRub, r))])),
          perCentreRub: inMillions(c.averageRub),
          sources: [...new Set([...c.sources, ...b.sources, ...rates.flatMap((r) => r.sources)])].join(' '),
        })),
      },
      notes: [b.centresNote, t.spotlightRateNote(dollars(b.spotlightUsd), locale.number(impliedRubPerUsd(b), { maximumFractionDigits: 1 })), t.termsNote(b.terms)],
      key: [],
      controls: [],
    };
  },
  draw: ({ data, locale, t }, o) => competenceCentresSvg(competenceCentresLayout(data.budget, o.layout, o.size, { locale, t })),
});
