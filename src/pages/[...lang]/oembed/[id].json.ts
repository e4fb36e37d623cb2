import type { APIRoute, GetStaticPaths } from 'astro';
import { resolvedCharts, type ResolvedChart } from '../../../charts';
import { chartPng } from '../../../exports/chart-files';
import { oembed } from '../../../exports/oembed';
import { pngSize } from '../../../exports/png';
import { siteRoot } from '../../../lib/site';

export const getStaticPaths = (() => resolvedCharts().map((chart) => ({ params: { id: chart.id }, props: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ chart: ResolvedChart }> = ({ props: { chart }, site }) => {
  const root = siteRoot(site);
  const body = oembed(chart, root, pngSize(chartPng(chart, root)));
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' } });
};
