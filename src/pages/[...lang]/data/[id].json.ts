import type { APIRoute, GetStaticPaths } from 'astro';
import { resolvedCharts, type ResolvedChart } from '../../../charts';
import { chartJson } from '../../../exports/chart-files';
import { siteRoot } from '../../../lib/site';

export const getStaticPaths = (() => resolvedCharts().map((chart) => ({ params: { id: chart.id }, props: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ chart: ResolvedChart }> = ({ props, site }) =>
  new Response(chartJson(props.chart, siteRoot(site)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
