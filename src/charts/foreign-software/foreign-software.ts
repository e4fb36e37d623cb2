/** Registry entry: how much of the Russian state's software was foreign before February 2022. */
import type { Datasets } from '../../data';
import { foreignShare } from '../../data/derived';
import { partialDateLabel, percentRange } from '../../lib/format';
import type { ChartDefinition, Size } from '../types';
import { frame } from '../shared/frame';
import { switchState } from '../shared/key';
import { foreignSoftwareLayout } from './foreign-software.layout';
import { foreignSoftwareSvg } from './foreign-software.svg';

const sizes: Record<'wide' | 'narrow', Size> = {
  wide: { width: 800, height: 252 },
  // Designed at 288 px (a 320 px phone minus its margins), so text never scales below 12 px.
  narrow: { width: 288, height: 312 },
};

function description(d: Datasets): string {
  const parts = d.foreignSoftware.map((e) => {
    const s = foreignShare(e);
    const stated = e.statedAs === 'domestic' ? ` (derived from a domestic share of ${percentRange(e.statedLow, e.statedHigh)})` : '';
    return `${e.label}: ${percentRange(s.low, s.high)} foreign${stated} (${e.scope}, ${partialDateLabel(e.date)})`;
  });
  return [
    'Dots and a band compare estimates of how much of the software used in Russia’s public sector came from abroad, on a scale from 0 to 100%.',
    `${parts.join('; ')}.`,
    ...d.foreignSoftware.filter((e) => e.isSpotlight && e.note).map((e) => e.note ?? ''),
  ].join(' ');
}

export const foreignSoftware: ChartDefinition = {
  id: 'foreign-software',
  title: 'Most of the state’s software was still foreign before the invasion',
  subtitle: 'Foreign share of the software in use: the spotlight’s figure for the time before February 2022, beside other public estimates',
  description,
  article: 'software',
  sources: (d) => [...new Set(d.foreignSoftware.flatMap((e) => e.sources))],
  sizes,
  table: (d) => ({
    caption: 'Estimates of the foreign share of software in Russia’s public sector',
    columns: [
      { key: 'estimate', label: 'Estimate' },
      { key: 'scope', label: 'Scope' },
      { key: 'date', label: 'Date' },
      { key: 'stated', label: 'As stated' },
      { key: 'foreignLow', label: 'Foreign share, low', numeric: true, unit: '%' },
      { key: 'foreignHigh', label: 'Foreign share, high', numeric: true, unit: '%' },
      { key: 'sources', label: 'Sources' },
    ],
    rows: d.foreignSoftware.map((e) => {
      const s = foreignShare(e);
      return {
        estimate: e.label,
        scope: e.scope,
        date: partialDateLabel(e.date),
        stated: `${percentRange(e.statedLow, e.statedHigh)} ${e.statedAs}`,
        foreignLow: s.low,
        foreignHigh: s.high,
        sources: e.sources.join(' '),
      };
    }),
  }),
  notes: (d) => d.foreignSoftware.filter((e) => e.note).map((e) => `${e.label}: ${e.note}`),
  key: () => [
    { label: 'The spotlight’s claim', swatch: 'highlight', shape: 'dot' },
    { label: 'Another single estimate', swatch: 'ring-mark', shape: 'ring' },
    { label: 'A range', swatch: 'band', shape: 'band' },
  ],
  controls: () => [],
  render: (d, o) => {
    const size = sizes[o.layout];
    const state = switchState(foreignSoftware.controls(d), o.state);
    const layout = foreignSoftwareLayout(d.foreignSoftware, o.layout, size);
    return frame(
      { id: layout.id, layout: o.layout, theme: o.theme, labelledBy: o.labelledBy, describedBy: o.describedBy, size, title: foreignSoftware.title, description: description(d), state, key: foreignSoftware.key(d) },
      foreignSoftwareSvg(layout),
    );
  },
};
