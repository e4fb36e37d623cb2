/** The classroom bundle's contents: each chart's files and a README with citations and licences. */
import type { Datasets } from '../data/datasets';
import { SITE, SPOTLIGHT } from '../lib/site';
import { resolvedCharts } from '../charts';
import { chartCsv, chartPaths, chartPng, chartSvgFile, chartViews } from './chart-files';
import { citations, spotlightReference } from './citation';
import { zipFiles, type BundleFile } from './bundle';

export async function bundleFiles(data: Datasets, siteRoot: string, updated: Date): Promise<BundleFile[]> {
  const files: BundleFile[] = [];
  const lines = [
    `${SITE.name}: classroom bundle`,
    '='.repeat(SITE.name.length + 18),
    '',
    `Charts from ${siteRoot}, an explainer of ${SPOTLIGHT.series},`,
    `"${SPOTLIGHT.title}" by ${SPOTLIGHT.author} (${SPOTLIGHT.published}).`,
    '',
    'Each chart comes as a PNG (for slides and worksheets), an SVG (scales to any size) and a CSV',
    '(its data, with sources, to open in a spreadsheet).',
    '',
  ];
  for (const chart of resolvedCharts('en', data)) {
    const folder = `${chart.id}/`;
    const page = new URL(chartPaths(chart.id).page, siteRoot).href;
    const views = chartViews(chart);
    for (const view of views)
      files.push(
        { path: `${folder}${view.name}.png`, content: chartPng(chart, siteRoot, view.state) },
        { path: `${folder}${view.name}.svg`, content: await chartSvgFile(chart, siteRoot, view.state) },
      );
    files.push({ path: `${folder}${chart.id}.csv`, content: chartCsv(chart, data) });
    lines.push(
      `${chart.title}`,
      `  ${chart.subtitle}`,
      `  Files: ${folder}${chart.id}.png, .svg, .csv`,
      ...views.filter((v) => v.label).map((v) => `  View "${v.label}": ${folder}${v.name}.png, .svg`),
      `  Online, with embed code: ${page}`,
      `  Cite (APA 7): ${citations({ kind: 'chart', id: chart.id, title: chart.title, url: page, updated }).apa.ours}`,
      '',
    );
  }
  lines.push(
    'Licences',
    '--------',
    `Our charts and data: ${SITE.licence.name} (${SITE.licence.url}). Credit "${SITE.name}, based on ${SPOTLIGHT.series} by ${SPOTLIGHT.author}".`,
    'Quotations remain their authors\'. Map outlines: Natural Earth (public domain).',
    '',
    'The original research',
    '---------------------',
    `${SPOTLIGHT.author}, "${SPOTLIGHT.title}", ${SPOTLIGHT.series}, ${SPOTLIGHT.publisher}, ${SPOTLIGHT.published}.`,
    `Its reference (APA 7): ${spotlightReference('apa')}`,
    `Listed in the ZOiS Spotlight series: ${SPOTLIGHT.seriesUrl}`,
    '',
    'The citations are made with citeproc-js and the official styles of the Citation Style Language project',
    '(https://citationstyles.org/), licensed CC BY-SA 3.0.',
    '',
  );
  files.push({ path: 'README.txt', content: lines.join('\r\n') });
  return files;
}

export const classroomBundle = async (data: Datasets, siteRoot: string, updated: Date): Promise<Uint8Array> =>
  zipFiles(await bundleFiles(data, siteRoot, updated));
