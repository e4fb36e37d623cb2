import type { APIRoute, GetStaticPaths } from 'astro';
import { charts, getChart, type ChartId } from '../../charts';
import { data } from '../../data';
import { chartCsv } from '../../exports/chart-files';

export const getStaticPaths = (() => charts.map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(chartCsv(getChart(params.id as ChartId), data), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
