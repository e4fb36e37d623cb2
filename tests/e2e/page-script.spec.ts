import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request } from '@playwright/test';
import { test, expect } from './fixtures';
import { allPages } from './pages';

/**
 * A page's script never holds up its first paint (src/scripts/theme-init.ts): it is asked for only
 * once the page has been painted, and then it runs. Every page that names a script in
 * html[data-page-script] is checked; embeds keep an ordinary module script.
 */
const DIST = process.env['DIST_DIR'] ?? 'dist';
const fileOf = (path: string) => join(DIST, path.endsWith('/') ? `${path}index.html` : path);
const scriptOf = (path: string) => /<html\b[^>]*\sdata-page-script="([^"]+)"/.exec(readFileSync(fileOf(path), 'utf8'))?.[1];
const withScript = allPages().filter((p) => scriptOf(p) !== undefined);

test('some pages load their script after their first paint', () => {
  expect(withScript.length).toBeGreaterThan(0);
});

for (const path of withScript)
  test(`${path}: the page's script is asked for after the first contentful paint, and runs`, async ({ watched: page, problems }) => {
    const src = scriptOf(path)!;
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-page-script-ran', '');
    const timing = await page.evaluate((s) => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
      const script = performance.getEntriesByType('resource').filter((r) => new URL(r.name).pathname === s);
      return { fcp, starts: script.map((r) => r.startTime), tags: document.querySelectorAll(`script[src="${s}"]`).length };
    }, src);
    expect(timing.fcp, 'the page reports its first contentful paint').toBeGreaterThan(0);
    expect(timing.starts, 'the script is asked for once').toHaveLength(1);
    expect(timing.starts[0]!, 'asked for after the first contentful paint').toBeGreaterThanOrEqual(timing.fcp!);
    expect(timing.tags).toBe(1);
    expect(problems).toEqual([]);
  });

/** Every page a reader reads on our own site (an embed's requests are embed-requests.spec.ts's). */
const sitePages = allPages().filter((p) => !p.includes('/embed/'));

for (const path of sitePages)
  test(`${path}: a first visit asks for nothing but the page and its pictures before its first contentful paint`, async ({ watched: page, problems }) => {
    const asked: Request[] = [];
    page.on('request', (r) => {
      // A picture in the page is part of what it shows; scripts, fonts and icons are not.
      if (!r.url().startsWith('data:') && r.resourceType() !== 'image') asked.push(r);
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    // The paint and the requests on one clock: the page's time origin and a request's start are both
    // wall-clock milliseconds.
    const paintedAt = await page.evaluate(() => performance.timeOrigin + (performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
    expect(paintedAt).toBeGreaterThan(0);
    const before = asked.filter((r) => new URL(r.url()).pathname !== new URL(page.url()).pathname && r.timing().startTime < paintedAt).map((r) => r.url());
    expect(before).toEqual([]);
    expect(problems).toEqual([]);
  });
