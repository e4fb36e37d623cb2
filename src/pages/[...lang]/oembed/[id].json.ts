import type { APIRoute, GetStaticPaths } from 'astro';
import type { ResolvedChart } from '../../../charts';
import { chartLangPaths } from '../../../lib/chart-routes';
import { chartPng } from '../../../exports/chart-files';
import { oembed } from '../../../exports/oembed';
import { pngSize } from '../../../exports/png';
import { siteRoot } from '../../../lib/site';

export const getStaticPaths = chartLangPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ chart: ResolvedChart }> = ({ props: { chart }, site }) => {
  const root = siteRoot(site);
  const body = oembed(chart, root, pngSize(chartPng(chart, root)));
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' } });
};
