/** The classroom bundle's contents, in one language: each chart's files and a README with citations and licences. */
import type { Datasets } from '../data/datasets';
import { SITE, SPOTLIGHT } from '../lib/site';
import { resolvedCharts } from '../charts';
import { DEFAULT_LANG, getLocale, type Lang } from '../i18n/locale';
import { chartCsv, chartPaths, chartPng, chartSvgFile, chartViews } from './chart-files';
import { citations, spotlightReference } from './citation';
import { zipFiles, type BundleFile } from './bundle';
import { exportWords } from './messages';

/** `data`: the language's data (`dataFor(lang)`). File names are the same in every language. */
export async function bundleFiles(data: Datasets, siteRoot: string, updated: Date, lang: Lang = DEFAULT_LANG): Promise<BundleFile[]> {
  const w = exportWords(lang).readme;
  const files: BundleFile[] = [];
  const heading = w.heading(SITE.name);
  const published = getLocale(lang).date(SPOTLIGHT_DATE);
  const credit = exportWords(lang).credit(SITE.name, SPOTLIGHT.series, SPOTLIGHT.author);
  const lines = [
    heading,
    '='.repeat(heading.length),
    '',
    ...w.intro({ root: siteRoot, series: SPOTLIGHT.series, title: SPOTLIGHT.title, author: SPOTLIGHT.author, published }),
    '',
  ];
  for (const chart of resolvedCharts(lang, data)) {
    const folder = `${chart.id}/`;
    const page = new URL(chartPaths(chart.id, lang).page, siteRoot).href;
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
      `  ${w.files(`${folder}${chart.id}.png, .svg, .csv`)}`,
      ...views.filter((v) => v.label).map((v) => `  ${w.view(v.label, `${folder}${v.name}.png, .svg`)}`),
      `  ${w.online(page)}`,
      `  ${w.cite(citations({ kind: 'chart', id: chart.id, title: chart.title, url: page, updated, lang }).apa.ours)}`,
      '',
    );
  }
  lines.push(
    w.licences,
    '-'.repeat(w.licences.length),
    w.ours(SITE.licence.name, SITE.licence.url, credit),
    w.others,
    '',
    w.research,
    '-'.repeat(w.research.length),
    `${SPOTLIGHT.author}, "${SPOTLIGHT.title}", ${SPOTLIGHT.series}, ${exportWords(lang).citations.spotlightPublisher}, Berlin, ${published}.`,
    w.reference(spotlightReference('apa', lang)),
    w.series(SPOTLIGHT.seriesUrl),
    '',
    ...w.csl,
    '',
  );
  files.push({ path: 'README.txt', content: lines.join('\r\n') });
  return files;
}

/** The spotlight's publication day, formatted per language (SPOTLIGHT.published is the English text). */
const SPOTLIGHT_DATE = '2024-09-18';

export const classroomBundle = async (data: Datasets, siteRoot: string, updated: Date, lang: Lang = DEFAULT_LANG): Promise<Uint8Array> =>
  zipFiles(await bundleFiles(data, siteRoot, updated, lang));
