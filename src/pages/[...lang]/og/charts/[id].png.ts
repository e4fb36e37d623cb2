import { bytes } from '../../../../exports/bytes';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ResolvedChart } from '../../../../charts';
import { chartLangPaths } from '../../../../lib/chart-routes';
import { chartOgPng } from '../../../../exports/chart-files';

export const getStaticPaths = chartLangPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ chart: ResolvedChart }> = ({ props }) =>
  new Response(bytes(chartOgPng(props.chart)), { headers: { 'Content-Type': 'image/png' } });
