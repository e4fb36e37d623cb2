import { readFileSync } from 'node:fs';
import type { Request } from '@playwright/test';
import { laterScript } from '../../src/integrations/page-scripts';
import { test, expect } from './fixtures';
import { allPages, builtFile } from './pages';

/**
 * A first visit asks for nothing but the page (and the pictures it shows) before its first paint
 * (src/scripts/theme-init.ts): the page's own script, named in html[data-page-script], and the web
 * font's files are asked for once the page has been painted, and the site's icon travels in the
 * page. Every page of the site is checked; an embed keeps an ordinary module script
 * (embed-requests.spec.ts).
 */
const scriptOf = (path: string) => laterScript(readFileSync(builtFile(path), 'utf8'));
const sitePages = allPages().filter((p) => !p.includes('/embed/'));

test('some pages load their script after their first paint', () => {
  expect(sitePages.filter((p) => scriptOf(p) !== undefined).length).toBeGreaterThan(0);
});

for (const path of sitePages)
  test(`${path}: a first visit asks for nothing but the page and its pictures before its first contentful paint, and its script runs after it`, async ({ watched: page, problems }) => {
    const asked: Request[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('data:')) asked.push(r);
    });
    await page.goto(path);
    const src = scriptOf(path);
    if (src) await expect(page.locator('html')).toHaveAttribute('data-page-script-ran', '');
    // The page's own clock: its paint and the start of each request it made, as it timed them. A
    // request enters the page's timing once it has ended: wait for every one the browser made for
    // this page to be there (one the browser makes on the page's behalf, an icon say, never is).
    const timing = () =>
      page.evaluate(() => ({
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        requests: performance.getEntriesByType('resource').map((r) => ({ url: r.name, start: r.startTime, pictured: (r as PerformanceResourceTiming).initiatorType === 'img' })),
      }));
    const untimed = async () => {
      const timed = new Set((await timing()).requests.map((r) => r.url));
      return asked.filter((r) => r.frame() === page.mainFrame() && r.resourceType() !== 'document' && !timed.has(r.url())).map((r) => r.url());
    };
    await expect.poll(async () => (await timing()).fcp, { message: 'the page reports its first contentful paint' }).toBeGreaterThan(0);
    await expect.poll(untimed, { message: 'asked for by the browser for the page, not by the page', timeout: 3000 }).toEqual([]);
    const seen = await timing();
    const early = seen.requests.filter((r) => !r.pictured && r.start < seen.fcp).map((r) => r.url);
    expect(early, 'asked for before the first contentful paint').toEqual([]);
    if (src) expect(seen.requests.filter((r) => new URL(r.url).pathname === src), 'the script, asked for once').toHaveLength(1);
    expect(problems).toEqual([]);
  });

/**
 * A page's script enhances its charts one per task (src/scripts/in-turn.ts), so no single task of
 * it blocks a slow phone for long (issue 12: TBT 0). Changes made in one task reach a mutation
 * observer together, at that task's end: each batch must hold one chart. Every page with more than
 * one chart is checked, embeds included.
 */
const chartsOn = (path: string) => (readFileSync(builtFile(path), 'utf8').match(/<figure\b[^>]*\bdata-chart=/g) ?? []).length;
const manyCharts = allPages().filter((p) => chartsOn(p) > 1);

test('some pages have more than one chart', () => {
  expect(manyCharts.length).toBeGreaterThan(0);
});

for (const path of manyCharts)
  test(`${path}: its charts are enhanced one per task, every one of them`, async ({ page }) => {
    await page.addInitScript(() => {
      const batches: number[] = [];
      (window as unknown as { enhancedBatches: number[] }).enhancedBatches = batches;
      new MutationObserver((records) => batches.push(records.length)).observe(document, { subtree: true, attributeFilter: ['data-enhanced'] });
    });
    await page.goto(path);
    const batches = await page.evaluate(() => (window as unknown as { enhancedBatches: number[] }).enhancedBatches);
    expect(batches.reduce((a, b) => a + b, 0), 'charts enhanced').toBe(await page.locator('figure[data-chart]').count());
    expect(batches.every((n) => n === 1), `charts enhanced per task: ${batches.join(', ')}`).toBe(true);
    await expect(page.locator('html')).not.toHaveAttribute('data-enhancing');
  });
