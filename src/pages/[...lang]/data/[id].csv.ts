import type { APIRoute, GetStaticPaths } from 'astro';
import type { ResolvedChart } from '../../../charts';
import { chartLangPaths } from '../../../lib/chart-routes';
import { dataFor } from '../../../data';
import { chartCsv } from '../../../exports/chart-files';

export const getStaticPaths = chartLangPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ chart: ResolvedChart }> = ({ props }) =>
  new Response(chartCsv(props.chart, dataFor(props.chart.lang)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
