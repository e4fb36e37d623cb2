#!/usr/bin/env node
// npm run scale: builds the site with 0, 50 and 100 generated extra articles and charts (written
// to /tmp, never to content/) and reports build time per page. The cost of a page must stay about
// the same as the site grows: the script exits 1 when the time per added page at the largest size is
// more than 1.5 times that at the middle size (worse than linear growth).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SIZES = (process.argv.find((a) => a.startsWith('--sizes='))?.slice(8) ?? '0,50,100').split(',').map(Number);
const work = '/tmp/sidestepped-scale';
const chartIds = ['partners-map', 'competence-centres', 'russoft-survey', 'foreign-software', 'timeline'];
const paragraph = (i, p) =>
  `Paragraph ${p} of generated article ${i}. It exists to measure how the build grows with the size of the site. ` +
  'It links <Term id="parallel-imports">parallel imports</Term>, prints <Num k="avg-rub" /> and runs long enough to be typical: ' +
  'about a hundred words, in several sentences, so that rendering, footnotes and the table of contents cost what a real article costs. '.repeat(2);

function article(i) {
  return `---
title: "Generated article ${i}"
description: "A generated article used only to measure how build time grows with the number of pages."
order: ${100 + i}
updated: 2026-11-28
charts: []
---

${Array.from({ length: 4 }, (_, s) => `## Section ${s + 1}\n\n${paragraph(i, 1)}[^n${s}]\n\n${paragraph(i, 2)}\n`).join('\n')}
<Chart id="scale-${i}" />

${Array.from({ length: 4 }, (_, s) => `[^n${s}]: A footnote.`).join('\n\n')}
`;
}

const count = (dir) =>
  readdirSync(dir).reduce((n, f) => {
    const p = join(dir, f);
    return n + (statSync(p).isDirectory() ? count(p) : f.endsWith('.html') ? 1 : 0);
  }, 0);

const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(NODE_ENV|BASE_URL|MODE)$/.test(k)));
const rows = [];
for (const n of SIZES) {
  const dir = join(work, `n${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'articles'), { recursive: true });
  mkdirSync(join(dir, 'data'), { recursive: true });
  cpSync('content/articles', join(dir, 'articles'), { recursive: true });
  const classroom = JSON.parse(readFileSync('content/data/classroom.json', 'utf8'));
  for (let i = 1; i <= n; i++) {
    writeFileSync(join(dir, 'articles', `generated-${i}.mdx`), article(i));
    classroom.push({ ...classroom[0], id: `generated-${i}` });
  }
  writeFileSync(join(dir, 'data', 'classroom.json'), JSON.stringify(classroom));
  const out = join(dir, 'dist');
  const started = process.hrtime.bigint();
  execFileSync('npx', ['astro', 'build', '--outDir', out], {
    env: { ...clean, ARTICLES_DIR: join(dir, 'articles'), SCALE_CHARTS: String(n), DATA_OVERRIDE_DIR: join(dir, 'data') },
    stdio: 'ignore',
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const pages = count(out);
  rows.push({ extra: n, pages, seconds: Math.round(seconds * 10) / 10, msPerPage: Math.round((seconds * 1000) / pages) });
  console.log(`+${n} articles and charts: ${pages} pages in ${seconds.toFixed(1)} s (${rows.at(-1).msPerPage} ms/page)`);
}

// Marginal cost: seconds per added page between consecutive sizes.
const marginal = rows.slice(1).map((r, i) => (r.seconds - rows[i].seconds) / (r.pages - rows[i].pages));
const md = [
  '| extra articles + charts | pages | build s | ms per page | ms per added page |',
  '| --: | --: | --: | --: | --: |',
  ...rows.map((r, i) => `| ${r.extra} | ${r.pages} | ${r.seconds} | ${r.msPerPage} | ${i ? Math.round(marginal[i - 1] * 1000) : '–'} |`),
].join('\n');
console.log(`\n${md}`);
mkdirSync('reports', { recursive: true });
writeFileSync('reports/scale.md', `${md}\n`);
writeFileSync('reports/scale.json', `${JSON.stringify({ rows, marginalSecondsPerPage: marginal }, null, 2)}\n`);
const worse = marginal.length >= 2 && marginal.at(-1) > 1.5 * marginal.at(-2);
if (worse) console.error(`\nBuild time grows worse than linearly: ${marginal.map((m) => (m * 1000).toFixed(0)).join(' → ')} ms per added page.`);
process.exit(worse ? 1 : 0);
