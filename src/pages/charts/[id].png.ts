import { bytes } from '../../exports/bytes';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ChartDefinition } from '../../charts';
import { data } from '../../data';
import { allChartViews, chartPng } from '../../exports/chart-files';
import { siteRoot } from '../../lib/site';

// One file per chart view: /charts/partners-map.png and /charts/partners-map-formal.png.
export const getStaticPaths = (() =>
  allChartViews(data).map(({ chart, view }) => ({ params: { id: view.name }, props: { chart, state: view.state } }))) satisfies GetStaticPaths;

interface Props {
  chart: ChartDefinition;
  state: Readonly<Record<string, string>>;
}

export const GET: APIRoute<Props> = ({ props, site }) =>
  new Response(bytes(chartPng(props.chart, data, siteRoot(site), props.state)), { headers: { 'Content-Type': 'image/png' } });
