/**
 * The one renderer: it gives a chart its context (data, locale, messages), frames what the chart
 * draws in the root `<svg>` (frame.ts) and answers everything pages and exports ask of a chart.
 */
import type { Datasets } from '../../data';
import { inLang, type Locale } from '../../i18n/locale';
import { sourcesByIds } from '../../lib/source-name';
import type { ChartContext, ChartDefinition, ChartLayoutName, RenderOptions, ResolvedChart, Size } from '../types';
import { frame } from './frame';
import { keyBlock, keyFor, switchState } from './key';
import type { SvgNode } from './svg';

/**
 * Drawings already made, by chart and dataset: the pages, the embed and every export of a chart draw the
 * same layouts again (the map's outlines cost the most), and a drawing is a pure function of the
 * chart, its data, the language and the options. Callers never change a drawing they are given.
 */
const drawn = new WeakMap<object, WeakMap<Datasets, Map<string, SvgNode>>>();

export function resolveChart<M>(chart: ChartDefinition<string, M>, data: Datasets, locale: Locale): ResolvedChart {
  const ctx: ChartContext<M> = { data, locale, t: inLang(chart.messages, locale.lang, `src/charts/${chart.id}/messages`) };
  const text = chart.text(ctx);
  const sizes: Record<ChartLayoutName, Size> = { wide: chart.sizeFor?.(ctx, 'wide') ?? chart.sizes.wide, narrow: chart.sizeFor?.(ctx, 'narrow') ?? chart.sizes.narrow };
  const standaloneSize = (layout: ChartLayoutName = 'wide', state?: Readonly<Record<string, string>>): Size => {
    const size = sizes[layout];
    const items = keyFor(text.key, switchState(text.controls, state));
    return { width: size.width, height: size.height + keyBlock(items, size.width, layout).height };
  };
  const byData = drawn.get(chart) ?? drawn.set(chart, new WeakMap()).get(chart)!;
  const memo = byData.get(data) ?? byData.set(data, new Map()).get(data)!;
  const render = (o: RenderOptions): SvgNode => {
    const size = sizes[o.layout];
    const state = switchState(text.controls, o.state);
    const standalone = o.theme === 'standalone';
    const key = JSON.stringify([locale.lang, o.layout, o.theme ?? null, o.labelledBy ?? null, o.describedBy ?? null, state]);
    const hit = memo.get(key);
    if (hit) return hit;
    const out = frame(
      {
        id: `${chart.id}-${o.layout}`,
        layout: o.layout,
        theme: o.theme,
        labelledBy: o.labelledBy,
        describedBy: o.describedBy,
        size,
        title: text.title,
        description: text.description,
        state,
        key: text.key,
      },
      chart.draw(ctx, { layout: o.layout, size, state, standalone }),
    );
    memo.set(key, out);
    return out;
  };
  return {
    ...text,
    id: chart.id,
    lang: locale.lang,
    sizes,
    sources: sourcesByIds(chart.sources(data), data.sources, `chart "${chart.id}"`),
    render,
    standaloneSize,
  };
}
