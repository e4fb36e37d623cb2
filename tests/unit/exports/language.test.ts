/** Every export in the chart's language: files, paths, words and citations, for every language. */
import { describe, expect, test } from 'vitest';
import { csvParseRows } from 'd3-dsv';
import { resolvedCharts } from '../../../src/charts';
import { dataFor } from '../../../src/data';
import { LANGS } from '../../../src/i18n/locale';
import { langPath } from '../../../src/i18n/paths';
import { chartCsv, chartJson, chartPaths, bundlePath, BUNDLE_PATH } from '../../../src/exports/chart-files';
import { shareKit } from '../../../src/exports/share';
import { citationFields } from '../../../src/exports/citation';
import { exportWords } from '../../../src/exports/messages';
import { embedParts } from '../../../src/exports/embed-fallback';
import { columnHeader } from '../../../src/charts/types';
import { bundleFiles } from '../../../src/exports/classroom-bundle';

const root = 'https://example.org/site/';
const updated = new Date(Date.UTC(2026, 11, 1));

for (const lang of LANGS) {
  describe(`exports in ${lang}`, () => {
    const charts = resolvedCharts(lang);

    test('paths live under the language’s folder, with the same names', () => {
      for (const c of charts) for (const [k, p] of Object.entries(chartPaths(c.id, lang))) expect(p, k).toBe(langPath(lang, chartPaths(c.id)[k as 'page']));
      expect(bundlePath(lang)).toBe(langPath(lang, BUNDLE_PATH));
    });

    test('CSV headers are the table’s, in the chart’s language', () => {
      for (const c of charts) {
        const [header] = csvParseRows(chartCsv(c, dataFor(lang)));
        const own = c.table.columns.filter((col) => col.key !== 'sources').map(columnHeader);
        expect(header!.slice(0, own.length)).toEqual(own);
        const sources = c.table.columns.find((col) => col.key === 'sources');
        expect(header!.at(-1)).toBe(sources ? columnHeader(sources) : exportWords(lang).csvSources);
      }
    });

    test('JSON says its language and links the chart page in it', () => {
      for (const c of charts) {
        const doc = JSON.parse(chartJson(c, root)) as { lang: string; url: string; title: string; credit: string };
        expect(doc.lang).toBe(lang);
        expect(doc.url).toBe(new URL(langPath(lang, `charts/${c.id}/`), root).href);
        expect(doc.title).toBe(c.title);
        expect(doc.credit).toBe(exportWords(lang).credit('Sanctions, Sidestepped', 'ZOiS Spotlight 17/2024', 'Ewa Dąbrowska'));
      }
    });

    test('the share kit: embed code, downloads and citations in the chart’s language', () => {
      for (const c of charts) {
        const kit = shareKit(c, root, updated);
        expect(kit.code).toContain(`src="${new URL(langPath(lang, `embed/${c.id}/`), root).href}"`);
        expect(kit.downloads[0]!.label).toBe(exportWords(lang).downloads.png.label);
        for (const d of kit.downloads) expect(d.href.startsWith(langPath(lang, ''))).toBe(true);
        expect(kit.citations.apa.ours).toContain(c.title);
        const fields = citationFields(kit.citations, 'chart', lang);
        expect(fields[0]!.label).toBe(exportWords(lang).citations.ours('APA 7', 'chart'));
      }
      // citeproc-js builds one engine per style and language: seconds on a busy machine.
    }, 60_000);

    test('the embed’s links under the chart are in its language', () => {
      for (const c of charts) expect(embedParts(c).credit.startsWith(exportWords(lang).embedMore)).toBe(true);
    });
  });
}

test('German citations use the CSL de-DE locale: German months and quotation marks', () => {
  const kit = shareKit(resolvedCharts('de')[0]!, root, updated);
  expect(kit.citations.mla.ours).toContain('1. Dezember 2026');
  expect(kit.citations.mla.ours).toMatch(/^„/);
  // The spotlight's own English title is left as it is.
  expect(kit.citations.apa.spotlight).toContain('How Russia is trying to take the sting out of Western technological sanctions');
}, 60_000);

test('the classroom zip of each language: its README in that language, the same file names', async () => {
  const names: string[][] = [];
  for (const lang of LANGS) {
    const files = await bundleFiles(dataFor(lang), root, updated, lang);
    const readme = String(files.find((f) => f.path === 'README.txt')!.content);
    expect(readme.startsWith(exportWords(lang).readme.heading('Sanctions, Sidestepped'))).toBe(true);
    for (const c of resolvedCharts(lang)) expect(readme).toContain(c.title);
    expect(readme).toContain(new URL(langPath(lang, 'charts/timeline/'), root).href);
    names.push(files.map((f) => f.path));
  }
  for (const n of names) expect(n).toEqual(names[0]);
}, 300_000);
