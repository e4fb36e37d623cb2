/** The chart: how much of the Russian state's software was foreign before February 2022. */
import { foreignShare } from '../../data/derived';
import { defineChart, type Size } from '../types';
import { foreignSoftwareLayout } from './foreign-software.layout';
import { foreignSoftwareSvg } from './foreign-software.svg';
import { messagesFiles } from '../shared/messages-files';
import type { ForeignSoftwareMessages } from './messages/en';

const sizes: Record<'wide' | 'narrow', Size> = {
  wide: { width: 800, height: 252 },
  // Designed at 288 px (a 320 px phone minus its margins), so text never scales below 12 px.
  narrow: { width: 288, height: 312 },
};

export default defineChart({
  id: 'foreign-software',
  sizes,
  // Longer words can wrap the scale's unit onto more lines: the frame grows to hold them.
  sizeFor: ({ data, locale, t }, layout) => {
    const base = sizes[layout];
    const l = foreignSoftwareLayout(data.foreignSoftware, layout, base, locale, t);
    return { width: base.width, height: base.height + Math.ceil(l.extraHeight) };
  },
  messages: messagesFiles<ForeignSoftwareMessages>(import.meta.glob('./messages/*.ts', { eager: true }), 'src/charts/foreign-software/messages'),
  sources: (d) => d.foreignSoftware.flatMap((e) => e.sources),
  text: ({ data: d, locale, t }) => {
    const estimates = d.foreignSoftware;
    const parts = estimates.map((e) => {
      const s = foreignShare(e);
      return t.estimate({
        label: e.label,
        share: locale.percentRange(s.low, s.high),
        stated: e.statedAs === 'domestic' ? locale.percentRange(e.statedLow, e.statedHigh) : undefined,
        scope: e.scope,
        date: locale.date(e.date),
      });
    });
    return {
      title: t.title,
      subtitle: t.subtitle,
      description: [t.descriptionLead, t.estimates(parts), ...estimates.filter((e) => e.isSpotlight && e.note).map((e) => e.note ?? '')].join(' '),
      table: {
        caption: t.tableCaption,
        columns: [
          { key: 'estimate', label: t.columns.estimate },
          { key: 'scope', label: t.columns.scope },
          { key: 'date', label: t.columns.date },
          { key: 'stated', label: t.columns.stated },
          { key: 'foreignLow', label: t.columns.foreignLow, numeric: true, unit: t.percentUnit },
          { key: 'foreignHigh', label: t.columns.foreignHigh, numeric: true, unit: t.percentUnit },
          { key: 'sources', label: t.columns.sources },
        ],
        rows: estimates.map((e) => {
          const s = foreignShare(e);
          return {
            estimate: e.label,
            scope: e.scope,
            date: locale.date(e.date),
            stated: t.stated(locale.percentRange(e.statedLow, e.statedHigh), e.statedAs),
            foreignLow: s.low,
            foreignHigh: s.high,
            sources: e.sources.join(' '),
          };
        }),
      },
      notes: estimates.filter((e) => e.note).map((e) => t.note(e.label, e.note ?? '')),
      key: [
        { label: t.key.spotlight, swatch: 'highlight', shape: 'dot' },
        { label: t.key.single, swatch: 'ring-mark', shape: 'ring' },
        { label: t.key.range, swatch: 'band', shape: 'band' },
      ],
      controls: [],
    };
  },
  draw: ({ data, locale, t }, o) => foreignSoftwareSvg(foreignSoftwareLayout(data.foreignSoftware, o.layout, o.size, locale, t)),
});
