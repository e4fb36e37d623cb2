import type { APIRoute, GetStaticPaths } from 'astro';
import type { ResolvedChart } from '../../../charts';
import { chartLangPaths } from '../../../lib/chart-routes';
import { chartJson } from '../../../exports/chart-files';
import { siteRoot } from '../../../lib/site';

export const getStaticPaths = chartLangPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ chart: ResolvedChart }> = ({ props, site }) =>
  new Response(chartJson(props.chart, siteRoot(site)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
