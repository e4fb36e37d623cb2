import { bytes } from '../../../../exports/bytes';
import type { APIRoute, GetStaticPaths } from 'astro';
import { resolvedCharts, type ResolvedChart } from '../../../../charts';
import { chartOgPng } from '../../../../exports/chart-files';

export const getStaticPaths = (() => resolvedCharts().map((chart) => ({ params: { id: chart.id }, props: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ chart: ResolvedChart }> = ({ props }) =>
  new Response(bytes(chartOgPng(props.chart)), { headers: { 'Content-Type': 'image/png' } });
