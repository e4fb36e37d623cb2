#!/usr/bin/env node
// npm run bench: how fast our charts reach a reader on a phone, against the physical limit and a
// client-side peer, measured side by side.
//
// It builds the site (timing the build), serves a compressed copy on loopback, and adds two kinds of
// comparison page to that copy: the chart's SVG alone in a bare HTML file (the limit: nothing can
// paint the chart sooner than its own bytes) and the same chart drawn in the browser by Observable
// Plot, bundled from npm with esbuild (the peer). Each page is loaded cold in Chromium with a phone
// profile (360×740, 4× CPU slowdown, Lighthouse's "slow 4G": 562.5 ms RTT, 1,474.56 kbit/s down),
// in interleaved rounds so that drift in the machine's load hits every variant alike. "Painted" is
// the first rendering frame after the chart's <svg> is in the document (a rendering-blocked page
// gets none); "transferred" is every byte on the wire. Medians over the rounds, ratios against the
// limit, goals from budgets.json ("bench"). Writes reports/bench.json and reports/bench.md; exits 1
// when a goal is missed. Options: --no-build, --rounds=N (default 5).
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from '@playwright/test';
import { build as esbuild } from 'esbuild';
import countries from 'i18n-iso-countries';
import { serveCompressed } from './lib/compressed-server.mjs';
import { addSvgAlone, bare, chartsIn } from './lib/svg-alone.mjs';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const rounds = Number(args.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 5);
const goals = JSON.parse(readFileSync('budgets.json', 'utf8')).bench;
const chromePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
if (!chromePath) {
  console.error('bench: no Chromium or Chrome found; set CHROME_PATH.');
  process.exit(2);
}

let buildSeconds = null;
if (!args.includes('--no-build')) {
  const t = performance.now();
  execSync('npx astro build', { stdio: 'inherit' });
  buildSeconds = Math.round((performance.now() - t) / 100) / 10;
}

const charts = readdirSync('dist/embed').sort();
const articles = readdirSync('dist/articles').filter((s) => existsSync(join('dist/articles', s, 'index.html'))).sort();
/** The charts an article places, in page order, from its built HTML. */
const chartsOf = (slug) => chartsIn(readFileSync(join('dist/articles', slug, 'index.html'), 'utf8'));

/** The comparison pages, written into the served copy of the site before it is compressed. */
async function addComparisons(dir) {
  addSvgAlone('dist', dir);
  countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const peers = {
    'russoft-survey': (json) => ({ title: json.title, rows: json.data }),
    'partners-map': (json) => ({
      title: json.title,
      groups: Object.fromEntries(json.data.map((r) => [countries.alpha3ToNumeric(r.iso ?? r.alpha3 ?? ''), r.group])),
    }),
  };
  for (const [id, shape] of Object.entries(peers)) {
    if (!charts.includes(id)) continue;
    const out = join(dir, '__bench/plot', id);
    mkdirSync(out, { recursive: true });
    await esbuild({
      entryPoints: [`scripts/bench-peers/plot-${id === 'russoft-survey' ? 'survey' : 'map'}.js`],
      bundle: true,
      minify: true,
      format: 'esm',
      outfile: join(out, 'chart.js'),
      logLevel: 'error',
    });
    const data = JSON.stringify(shape(JSON.parse(readFileSync(join('dist/data', `${id}.json`), 'utf8')))).replace(/</g, '\\u003c');
    writeFileSync(
      join(out, 'index.html'),
      bare(id, `<div id="chart"></div><script type="application/json" id="data">${data}</script><script type="module" src="chart.js"></script>`),
    );
  }
}

/** What "the chart is painted" waits for: our figure's SVG, Plot's, or the bare page's. */
const CHART_SVG = 'figure[data-chart] svg, #chart svg, body > svg';

const variants = [
  ...charts.flatMap((id) => [
    { page: `/embed/${id}/`, kind: 'embed', chart: id, limit: `/__bench/svg/${id}/`, target: CHART_SVG },
    { page: `/__bench/svg/${id}/`, kind: 'limit', chart: id, target: CHART_SVG },
    ...(['russoft-survey', 'partners-map'].includes(id)
      ? [{ page: `/__bench/plot/${id}/`, kind: 'peer', chart: id, limit: `/__bench/svg/${id}/`, target: CHART_SVG }]
      : []),
  ]),
  ...articles.map((slug) => {
    const first = chartsOf(slug)[0];
    return first
      ? { page: `/articles/${slug}/`, kind: 'article', chart: first, limit: `/__bench/svg/${first}/`, target: CHART_SVG }
      : { page: `/articles/${slug}/`, kind: 'article', target: 'main h1' };
  }),
];

// Runs in every page before its own scripts (DevTools-injected, so the page's CSP does not apply).
// The target is the chart's <svg> (CHART_SVG); an article without a chart is timed to its headline.
const probe = (target) => `(() => {
  const svg = () => document.querySelector(${JSON.stringify(target)});
  const mark = () => requestAnimationFrame((t) => { window.__painted = t; });
  const watch = () => {
    if (svg()) return mark();
    new MutationObserver((_, o) => { if (svg()) { o.disconnect(); mark(); } }).observe(document, { childList: true, subtree: true });
  };
  watch();
})();`;

async function measure(browser, origin, { page: path, target }) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(probe(target));
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  const painted = await page
    .waitForFunction(() => window.__painted, null, { timeout: 60_000 })
    .then((h) => h.jsonValue())
    .catch((e) => {
      throw new Error(`bench: ${path} never painted ${target} (${e.message.split('\n')[0]})`);
    });
  await page.waitForLoadState('networkidle');
  await context.close();
  return { painted, bytes };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const { origin, close } = await serveCompressed('dist', '/tmp/sidestepped-bench', addComparisons);
const browser = await chromium.launch({
  executablePath: chromePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const samples = Object.fromEntries(variants.map((v) => [v.page, []]));
try {
  for (let r = 0; r < rounds; r++) {
    // Interleaved: every variant once per round, in a rotated order.
    const order = variants.map((_, i) => variants[(i + r) % variants.length]);
    for (const v of order) {
      samples[v.page].push(await measure(browser, origin, v));
    }
    console.log(`bench: round ${r + 1} of ${rounds} done`);
  }
} finally {
  await browser.close();
  close();
}

const rows = variants.map((v) => ({
  ...v,
  paintedMs: Math.round(median(samples[v.page].map((s) => s.painted))),
  kb: Math.round(median(samples[v.page].map((s) => s.bytes)) / 102.4) / 10,
}));
const byPage = Object.fromEntries(rows.map((r) => [r.page, r]));
for (const r of rows) if (r.limit) r.ratio = Math.round((r.paintedMs / byPage[r.limit].paintedMs) * 100) / 100;

const failures = [];
for (const r of rows) {
  if (r.kind === 'embed') {
    if (r.ratio > goals.embedPaintRatio) failures.push(`${r.page}: painted ${r.ratio}× the SVG alone > ${goals.embedPaintRatio}×`);
    const kb = goals.embedKb[r.chart] ?? goals.embedKb.default;
    if (kb !== undefined && r.kb > kb) failures.push(`${r.page}: ${r.kb} KB transferred > ${kb} KB`);
  }
  if (r.kind === 'article') {
    if (r.ratio !== undefined && r.ratio > goals.articlePaintRatio) failures.push(`${r.page}: painted ${r.ratio}× the SVG alone > ${goals.articlePaintRatio}×`);
    if (r.kb > goals.articleKb) failures.push(`${r.page}: ${r.kb} KB transferred > ${goals.articleKb} KB`);
  }
}
if (buildSeconds !== null && buildSeconds > goals.buildSeconds) failures.push(`build took ${buildSeconds} s > ${goals.buildSeconds} s`);

const md = [
  `Phone profile (360×740, 4× CPU, slow 4G), cold cache, median of ${rounds} interleaved rounds.${buildSeconds !== null ? ` Build: ${buildSeconds} s.` : ''}`,
  '',
  '| page | kind | transferred KB | chart painted ms | × SVG alone |',
  '| --- | --- | --: | --: | --: |',
  ...rows.map((r) => `| ${r.page} | ${r.kind}${r.chart ? ` (${r.chart})` : ''} | ${r.kb} | ${r.paintedMs} | ${r.ratio ?? '—'} |`),
  '',
  failures.length ? `**${failures.length} goals missed:**\n${failures.map((f) => `- ${f}`).join('\n')}` : 'All goals met.',
  '',
].join('\n');
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench.json', `${JSON.stringify({ goals, rounds, buildSeconds, rows, failures }, null, 2)}\n`);
writeFileSync('reports/bench.md', md);
console.log(`\n${md}`);
process.exit(failures.length ? 1 : 0);
