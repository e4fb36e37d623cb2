/** A chart definition resolved in English with some data, and a shortcut to its serialised SVG. */
import { data as siteData, type Datasets } from '../../../../src/data';
import { getLocale } from '../../../../src/i18n/locale';
import { resolveChart } from '../../../../src/charts/shared/render';
import { serialize } from '../../../../src/charts/shared/svg';
import type { ChartDefinition, RenderOptions, ResolvedChart } from '../../../../src/charts/types';

export function rendered<M>(chart: ChartDefinition<string, M>, data: Datasets = siteData): ResolvedChart & { svg: (o: RenderOptions) => string } {
  const resolved = resolveChart(chart, data, getLocale('en'));
  return { ...resolved, svg: (o) => serialize(resolved.render(o)) };
}
