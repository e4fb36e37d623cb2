import type { APIRoute, GetStaticPaths } from 'astro';
import { resolvedCharts, type ResolvedChart } from '../../../charts';
import { data } from '../../../data';
import { chartCsv } from '../../../exports/chart-files';

export const getStaticPaths = (() => resolvedCharts().map((chart) => ({ params: { id: chart.id }, props: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ chart: ResolvedChart }> = ({ props }) =>
  new Response(chartCsv(props.chart, data), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
