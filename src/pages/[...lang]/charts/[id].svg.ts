import type { APIRoute, GetStaticPaths } from 'astro';
import type { ResolvedChart } from '../../../charts';
import { allChartViews, chartSvgFile } from '../../../exports/chart-files';
import { siteRoot } from '../../../lib/site';

// One file per chart view: /charts/partners-map.svg and /charts/partners-map-formal.svg.
export const getStaticPaths = (() =>
  allChartViews().map(({ chart, view }) => ({ params: { id: view.name }, props: { chart, state: view.state } }))) satisfies GetStaticPaths;

interface Props {
  chart: ResolvedChart;
  state: Readonly<Record<string, string>>;
}

export const GET: APIRoute<Props> = async ({ props, site }) =>
  new Response(await chartSvgFile(props.chart, siteRoot(site), props.state), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
