#!/usr/bin/env node
// npm run scale: builds the site with 0, 50 and 100 generated extra articles and charts and reports
// build time per page. Each size is a fixture project (scripts/lib/fixture-project.mjs), a copy of
// the site in the temp folder, never content/ or src/. The cost of a page must stay about the same as
// the site grows: the script exits 1 when the CPU time per added page at the largest size is more
// than 1.5 times that at the middle size (worse than linear growth). CPU time, not wall time: on a
// machine shared with other work, wall time measures the neighbours.
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureProject } from './lib/fixture-project.mjs';
import { addChartCopy, registeredCharts } from './lib/chart-copy.mjs';
import { siteLanguages } from '../src/i18n/site-languages.ts';

const SIZES = (process.argv.find((a) => a.startsWith('--sizes='))?.slice(8) ?? '0,50,100').split(',').map(Number);

const paragraph = (i, p) =>
  `Paragraph ${p} of generated article ${i}. It exists to measure how the build grows with the size of the site. ` +
  'It links <Term id="parallel-imports">parallel imports</Term>, prints <Num k="avg-rub" /> and runs long enough to be typical: ' +
  'about a hundred words, in several sentences, so that rendering, footnotes and the table of contents cost what a real article costs. '.repeat(2);

function article(i, chartId) {
  return `---
title: "Generated article ${i}"
description: "A generated article used only to measure how build time grows with the number of pages."
order: ${100 + i}
updated: "2026-11-28"
---

${Array.from({ length: 4 }, (_, s) => `## Section ${s + 1}\n\n${paragraph(i, 1)}[^n${s}]\n\n${paragraph(i, 2)}\n`).join('\n')}
<Chart id="${chartId}" />

${Array.from({ length: 4 }, (_, s) => `[^n${s}]: A footnote.`).join('\n\n')}
`;
}

const count = (dir) =>
  readdirSync(dir).reduce((n, f) => {
    const p = join(dir, f);
    return n + (statSync(p).isDirectory() ? count(p) : f.endsWith('.html') ? 1 : 0);
  }, 0);

/** The site's other languages, found as the config finds them: each has content/data/<lang>/classroom.json. */
const { locales, defaultLocale } = siteLanguages(new URL('../src/i18n/languages/', import.meta.url));
const LANGUAGE_FOLDERS = locales.filter((l) => l !== defaultLocale);

const rows = [];
for (const n of SIZES) {
  const site = fixtureProject(`scale-${n}`);
  const models = registeredCharts(site.root);
  const classroom = JSON.parse(readFileSync(join(site.root, 'content/data/classroom.json'), 'utf8'));
  // Every language's classroom file translates every English record (src/data/ checks it).
  const translated = LANGUAGE_FOLDERS.map((lang) => ({ lang, records: JSON.parse(readFileSync(join(site.root, `content/data/${lang}/classroom.json`), 'utf8')) }));
  for (let i = 1; i <= n; i++) {
    // A real chart folder and registry line, made by the README's recipe, placed in its own article.
    const id = addChartCopy(site, models[(i - 1) % models.length], `scale-${i}`);
    site.write(`content/articles/generated-${i}.mdx`, article(i, id));
    // A bilingual site translates every article; the translation names its original.
    for (const { lang } of translated)
      site.write(`content/articles/${lang}/generated-${i}.mdx`, article(i, id).replace(/^order: .*$/m, (line) => `${line}\ntranslationOf: "generated-${i}"`));
    classroom.push({ ...classroom[0], id: `generated-${i}` });
    for (const { records } of translated) records.push({ ...records[0], id: `generated-${i}` });
  }
  site.write('content/data/classroom.json', JSON.stringify(classroom, null, 2));
  for (const { lang, records } of translated) site.write(`content/data/${lang}/classroom.json`, JSON.stringify(records, null, 2));
  // Built twice and the second build timed: the build caches (src/lib/build-cache.ts) are shared by
  // every size, so a first build is warm for what an earlier run or size made and cold for the
  // rest, and the cost per added page would compare a warm size with a half-cold one.
  await site.build();
  const { outDir, seconds, cpuSeconds } = await site.build();
  const pages = count(outDir);
  const round = (x) => Math.round(x * 10) / 10;
  rows.push({ extra: n, pages, seconds: round(seconds), cpuSeconds: round(cpuSeconds), cpuMsPerPage: Math.round((cpuSeconds * 1000) / pages) });
  console.log(`+${n} articles and charts: ${pages} pages in ${seconds.toFixed(1)} s, ${cpuSeconds.toFixed(1)} s CPU (${rows.at(-1).cpuMsPerPage} ms CPU/page)`);
}

// Marginal cost: CPU seconds per added page between consecutive sizes.
const marginal = rows.slice(1).map((r, i) => (r.cpuSeconds - rows[i].cpuSeconds) / (r.pages - rows[i].pages));
const md = [
  '| extra articles + charts | pages | build s (wall) | build s (CPU) | CPU ms per page | CPU ms per added page |',
  '| --: | --: | --: | --: | --: | --: |',
  ...rows.map((r, i) => `| ${r.extra} | ${r.pages} | ${r.seconds} | ${r.cpuSeconds} | ${r.cpuMsPerPage} | ${i ? Math.round(marginal[i - 1] * 1000) : '–'} |`),
].join('\n');
console.log(`\n${md}`);
mkdirSync('reports', { recursive: true });
writeFileSync('reports/scale.md', `${md}\n`);
writeFileSync('reports/scale.json', `${JSON.stringify({ rows, marginalSecondsPerPage: marginal }, null, 2)}\n`);
const worse = marginal.length >= 2 && marginal.at(-1) > 1.5 * marginal.at(-2);
if (worse) console.error(`\nBuild time grows worse than linearly: ${marginal.map((m) => (m * 1000).toFixed(0)).join(' → ')} ms per added page.`);
process.exit(worse ? 1 : 0);
