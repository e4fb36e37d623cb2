import type { APIRoute, GetStaticPaths } from 'astro';
import type { ResolvedChart } from '../../../charts';
import { chartSvgFile } from '../../../exports/chart-files';
import { chartViewLangPaths } from '../../../lib/chart-routes';
import { siteRoot } from '../../../lib/site';

// One file per language and chart view: /charts/partners-map.svg, /de/charts/partners-map.svg and /charts/partners-map-formal.svg.
export const getStaticPaths = chartViewLangPaths satisfies GetStaticPaths;

interface Props {
  chart: ResolvedChart;
  state: Readonly<Record<string, string>>;
}

export const GET: APIRoute<Props> = async ({ props, site }) =>
  new Response(await chartSvgFile(props.chart, siteRoot(site), props.state), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
