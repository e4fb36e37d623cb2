#!/usr/bin/env node
// npm run audit: builds the site, serves dist/ compressed (brotli and gzip, as a CDN would), runs
// Lighthouse (mobile, default throttling) on every language's home page and articles, one chart
// page and the embeds, then checks budgets.json. Each page with a chart is also compared with its first chart's
// SVG alone in a bare page (the limit, as in `npm run bench`): "× SVG alone" is its LCP over the
// limit's, under the same Lighthouse throttling. Writes reports/audit.json and reports/audit.md;
// exits 1 when a budget fails. Each page is audited in --runs=N interleaved rounds (default 3) and its
// median run reported (TBT and CLS: each one's median over the runs). Options: --no-build (audit the dist/ already there), --only=/path/ (one page).
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveCompressed } from './lib/compressed-server.mjs';
import { addSvgAlone, chartsIn, svgAlonePath } from './lib/svg-alone.mjs';
import { languageFolders } from './lib/language-roots.mjs';
import { median } from './lib/median.mjs';

const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice(7);
const rounds = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error('audit: --runs=N needs a whole number of runs, 1 or more.');
  process.exit(2);
}
const budgets = JSON.parse(readFileSync('budgets.json', 'utf8'));
const chromePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
if (!chromePath) {
  console.error('audit: no Chromium or Chrome found; set CHROME_PATH.');
  process.exit(2);
}

if (!args.includes('--no-build')) {
  const t = Date.now();
  execSync('npx astro build', { stdio: 'inherit' });
  console.log(`build: ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

// A compressed copy of dist/, so the audit measures what a reader downloads.
const { origin, close } = await serveCompressed('dist', '/tmp/sidestepped-audit', (served) => addSvgAlone('dist', served));

// Every language's home page and articles: the site root's, then each language folder's.
const languageRoots = ['/', ...languageFolders('dist').map((d) => `/${d}/`)];
const pages = [
  ...languageRoots.flatMap((root) => [
    { path: root, kind: 'home' },
    ...readdirSync(join('dist', root, 'articles')).map((slug) => ({ path: `${root}articles/${slug}/`, kind: 'article' })),
  ]),
  { path: '/charts/partners-map/', kind: 'chart' },
  ...readdirSync('dist/embed').map((id) => ({ path: `/embed/${id}/`, kind: 'embed', id })),
].filter((p) => !only || p.path === only);
const firstChart = (path) => chartsIn(readFileSync(join('dist', path, 'index.html'), 'utf8'))[0];
for (const p of pages) p.chart = firstChart(p.path);
const limits = [...new Set(pages.map((p) => p.chart).filter(Boolean))].map((id) => ({ path: svgAlonePath(id), kind: 'limit', chart: id }));

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/**
 * Every run is a first visit, as in a fresh browser profile (PageSpeed Insights, or Lighthouse with
 * a Chrome of its own): Lighthouse empties the HTTP cache before each run but by default keeps the
 * origin's localStorage, so every run after the first would be a reader whom the site remembers as
 * having the web font (localStorage `web-fonts`, src/scripts/theme-init.ts) while the font itself
 * is gone from the cache, a state a real reader is rarely in.
 */
const FIRST_VISIT = ['file_systems', 'shader_cache', 'service_workers', 'cache_storage', 'local_storage'];
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
/** One Lighthouse run of a page, as the table reports it. */
async function auditPage(page) {
  // The limit page is only there for its LCP.
  const categories = page.kind === 'limit' ? { onlyCategories: ['performance'] } : {};
  const { lhr } = await lighthouse(`${origin}${page.path}`, { port: chrome.port, output: 'json', logLevel: 'error', clearStorageTypes: FIRST_VISIT, ...categories });
  if (page.kind === 'limit') return { ...page, lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue) };
  const summary = Object.fromEntries(
    (lhr.audits['resource-summary']?.details?.items ?? []).map((i) => [i.resourceType, { kb: kb(i.transferSize), requests: i.requestCount }]),
  );
  const noindex = readFileSync(join('dist', page.path, 'index.html'), 'utf8').includes('name="robots" content="noindex"');
  const hasCharts = page.kind === 'article' && readFileSync(join('dist', page.path, 'index.html'), 'utf8').includes('data-chart=');
  return {
    ...page,
    noindex,
    hasCharts,
    scores: Object.fromEntries(Object.entries(lhr.categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)])),
    lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
    tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
    cls: Math.round(lhr.audits['cumulative-layout-shift'].numericValue * 1000) / 1000,
    transfer: summary,
    failedAudits: Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id),
  };
}

// Lighthouse's own advice for its run-to-run variance: several runs, the median one reported. The
// rounds are interleaved (every page once, then again), so a busy moment on the machine falls on
// every page alike rather than on one.
const runs = new Map();
try {
  for (let round = 0; round < rounds; round++) {
    for (const page of [...pages, ...limits]) {
      const run = await auditPage(page);
      runs.set(page.path, [...(runs.get(page.path) ?? []), run]);
      console.log(`audited ${page.path} (run ${round + 1} of ${rounds}): LCP ${run.lcpMs} ms`);
    }
  }
} finally {
  chrome.kill();
  close();
}
/** The run with the median LCP (the lower middle one for an even count). */
const medianRun = (list) => [...list].sort((a, b) => a.lcpMs - b.lcpMs)[Math.floor((list.length - 1) / 2)];
/** LCP of each chart's SVG-alone page, by chart id. */
const limitLcp = new Map(limits.map((l) => [l.chart, medianRun(runs.get(l.path)).lcpMs]));
// Scores and sizes come from the median-LCP run; TBT and CLS are each their own median over the
// runs (Lighthouse CI's aggregationMethod "median"). TBT counts only the part of a task past 50 ms
// under a simulated 4x slower CPU, so a page whose parse task sits near that line reads 0 in one run
// and a few ms in the next; which run has the median LCP says nothing about that. Every run's TBT is
// listed below the table.
const results = pages.map((p) => {
  const list = runs.get(p.path);
  return {
    ...medianRun(list),
    tbtMs: median(list.map((r) => r.tbtMs)),
    cls: median(list.map((r) => r.cls)),
    lcpRuns: list.map((r) => r.lcpMs),
    tbtRuns: list.map((r) => r.tbtMs),
  };
});

for (const r of results) {
  const limit = r.chart && limitLcp.get(r.chart);
  if (limit) r.lcpRatio = Math.round((r.lcpMs / limit) * 100) / 100;
}

// Budgets.
const failures = [];
const lb = budgets.lighthouse;
for (const r of results) {
  for (const cat of ['performance', 'accessibility', 'best-practices', 'seo']) {
    if (cat === 'seo' && r.noindex && lb.seoExemptWhenNoindex) continue;
    const min = lb[cat] - (cat === 'performance' ? lb.performanceNoise : 0);
    if (r.scores[cat] < min) failures.push(`${r.path}: ${cat} ${r.scores[cat]} < ${min}`);
  }
  if (r.cls > budgets.cls) failures.push(`${r.path}: CLS ${r.cls} > ${budgets.cls}`);
  if (r.lcpMs > budgets.lcpMs) failures.push(`${r.path}: LCP ${r.lcpMs} ms > ${budgets.lcpMs} ms`);
  if (r.tbtMs > budgets.tbtMs) failures.push(`${r.path}: TBT ${r.tbtMs} ms > ${budgets.tbtMs} ms`);
  const js = r.transfer.script?.kb ?? 0;
  if (js > budgets.jsKbPerPage) failures.push(`${r.path}: JS ${js} KB > ${budgets.jsKbPerPage} KB`);
  const total = r.transfer.total?.kb ?? 0;
  if (r.hasCharts && total > budgets.articleWithChartsKb) failures.push(`${r.path}: ${total} KB > ${budgets.articleWithChartsKb} KB`);
  if (r.kind === 'embed') {
    const limit = budgets.embedKb[r.id] ?? budgets.embedKb.default;
    if (total > limit) failures.push(`${r.path}: ${total} KB > ${limit} KB`);
  }
}

const types = ['document', 'stylesheet', 'script', 'font', 'image', 'total'];
const md = [
  '| page | perf | a11y | best | SEO | LCP ms | × SVG alone | TBT ms | CLS | HTML KB | CSS KB | JS KB | fonts KB | images KB | total KB |',
  '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
  ...results.map((r) =>
    [
      r.path,
      r.scores.performance,
      r.scores.accessibility,
      r.scores['best-practices'],
      r.noindex ? `${r.scores.seo} (noindex)` : r.scores.seo,
      r.lcpMs,
      r.lcpRatio ?? '—',
      r.tbtMs,
      r.cls,
      ...types.map((t) => r.transfer[t]?.kb ?? 0),
    ].join(' | '),
  ).map((l) => `| ${l} |`),
  '',
  `Median of ${rounds} interleaved Lighthouse run${rounds > 1 ? 's' : ''} per page (each page's LCP in every run: ${results.map((r) => `${r.path} ${r.lcpRuns.join('/')}`).join('; ')}).`,
  '',
  `TBT in every run: ${results.every((r) => r.tbtRuns.every((t) => t === 0)) ? `0 ms on every page in all ${rounds} runs` : results.filter((r) => r.tbtRuns.some((t) => t > 0)).map((r) => `${r.path} ${r.tbtRuns.join('/')}`).join('; ')} (the table and the budget take each page's median TBT).`,
  '',
  `SVG alone (LCP ms, median): ${[...limitLcp].map(([id, ms]) => `${id} ${ms}`).join(', ') || '—'}.`,
  '',
  failures.length ? `**${failures.length} budget failures:**\n${failures.map((f) => `- ${f}`).join('\n')}` : 'All budgets met.',
  '',
].join('\n');
mkdirSync('reports', { recursive: true });
writeFileSync('reports/audit.json', `${JSON.stringify({ budgets, results, limits: Object.fromEntries(limitLcp), failures }, null, 2)}\n`);
writeFileSync('reports/audit.md', md);
console.log(`\n${md}`);
process.exit(failures.length ? 1 : 0);
