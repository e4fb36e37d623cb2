import type { APIRoute, GetStaticPaths } from 'astro';
import { charts, getChart, type ChartId } from '../../charts';
import { data } from '../../data';
import { chartPng } from '../../exports/chart-files';
import { oembed } from '../../exports/oembed';
import { pngSize } from '../../exports/png';
import { siteRoot } from '../../lib/site';

export const getStaticPaths = (() => charts.map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const chart = getChart(params.id as ChartId);
  const root = siteRoot(site);
  const body = oembed(chart, data, root, pngSize(chartPng(chart, data, root)));
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' } });
};
