import type { APIRoute, GetStaticPaths } from 'astro';
import { charts, getChart, type ChartId } from '../../charts';
import { data } from '../../data';
import { chartSvgFile } from '../../exports/chart-files';
import { siteRoot } from '../../lib/site';

export const getStaticPaths = (() => charts.map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) =>
  new Response(chartSvgFile(getChart(params.id as ChartId), data, siteRoot(site)), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
