import { bytes } from '../../../exports/bytes';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ResolvedChart } from '../../../charts';
import { chartPng } from '../../../exports/chart-files';
import { chartViewLangPaths } from '../../../lib/chart-routes';
import { siteRoot } from '../../../lib/site';

// One file per language and chart view: /charts/partners-map.png, /de/charts/partners-map.png and /charts/partners-map-formal.png.
export const getStaticPaths = chartViewLangPaths satisfies GetStaticPaths;

interface Props {
  chart: ResolvedChart;
  state: Readonly<Record<string, string>>;
}

export const GET: APIRoute<Props> = ({ props, site }) =>
  new Response(bytes(chartPng(props.chart, siteRoot(site), props.state)), { headers: { 'Content-Type': 'image/png' } });
