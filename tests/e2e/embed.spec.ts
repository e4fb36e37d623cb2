import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

/** The embed code exactly as the site gives it (from the oEmbed file), pointed at the test server. */
function embedCodeFor(id: string, baseURL: string, withScript: boolean): string {
  const { html } = JSON.parse(readFileSync(`dist/oembed/${id}.json`, 'utf8')) as { html: string };
  const root = html.match(/src="(https?:\/\/[^"]+?)embed\//)![1]!;
  const code = html.split(root).join(`${baseURL}/`);
  return withScript ? code : code.replace(/\n?<script[^>]*><\/script>/, '');
}

/** A listener written the way Datawrapper's published snippet works: match by event.source. */
const DATAWRAPPER_LISTENER = `<script>
window.addEventListener('message', function (e) {
  var h = e.data && e.data['datawrapper-height'];
  if (!h) return;
  var frames = document.querySelectorAll('iframe');
  for (var key in h) for (var i = 0; i < frames.length; i++)
    if (frames[i].contentWindow === e.source) frames[i].style.height = h[key] + 'px';
});
</script>`;

let host: Server;
let hostPage = '';
test.beforeAll(async () => {
  host = createServer((_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(hostPage);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
});
test.afterAll(() => host.close());
const hostUrl = () => `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;

async function frameFits(page: Page): Promise<void> {
  const iframe = page.locator('iframe[data-sidestepped-embed]');
  const frame = page.frameLocator('iframe[data-sidestepped-embed]');
  await expect(frame.locator('[data-embed-root]')).toBeVisible();
  await expect
    .poll(async () => {
      const outer = (await iframe.boundingBox())!.height;
      const inner = await frame.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
      return Math.abs(outer - inner);
    })
    .toBeLessThanOrEqual(2);
  // No inner scrollbar: the frame shows all of its content.
  const overflow = await frame.locator('html').evaluate((el) => el.scrollHeight - el.clientHeight);
  expect(overflow).toBeLessThanOrEqual(1);
}

for (const width of [360, 900]) {
  for (const id of ['partners-map', 'russoft-survey']) {
    test(`${id} embedded on another origin at ${width} px resizes with our host script`, async ({ page, baseURL }) => {
      await page.setViewportSize({ width, height: 800 });
      hostPage = `<!doctype html><html lang="en"><body><h1>A teacher’s page</h1>${embedCodeFor(id, baseURL!, true)}<p>After the chart.</p></body></html>`;
      await page.goto(hostUrl());
      await frameFits(page);
    });

    test(`${id} embedded on another origin at ${width} px resizes with a Datawrapper-style listener`, async ({ page, baseURL }) => {
      await page.setViewportSize({ width, height: 800 });
      hostPage = `<!doctype html><html lang="en"><body><h1>A blog</h1>${embedCodeFor(id, baseURL!, false)}${DATAWRAPPER_LISTENER}</body></html>`;
      await page.goto(hostUrl());
      await frameFits(page);
    });
  }
}

test('without any host script the iframe keeps its fallback height', async ({ page, baseURL }) => {
  hostPage = `<!doctype html><html lang="en"><body>${embedCodeFor('russoft-survey', baseURL!, false)}</body></html>`;
  await page.goto(hostUrl());
  const iframe = page.locator('iframe[data-sidestepped-embed]');
  const fallback = Number(await iframe.getAttribute('height'));
  expect(fallback).toBeGreaterThan(200);
  expect((await iframe.boundingBox())!.height).toBeCloseTo(fallback, 0);
});

test('the embed posts its height in all three shapes and ignores messages sent to it', async ({ page, baseURL }) => {
  hostPage = `<!doctype html><html lang="en"><body><script>window.got=[];addEventListener('message',function(e){got.push(e.data)});</script>${embedCodeFor('russoft-survey', baseURL!, false)}</body></html>`;
  await page.goto(hostUrl());
  await expect.poll(() => page.evaluate(() => (window as unknown as { got: unknown[] }).got.length)).toBeGreaterThanOrEqual(3);
  const got = (await page.evaluate(() => (window as unknown as { got: Record<string, unknown>[] }).got)) as Record<string, unknown>[];
  expect(got).toContainEqual(expect.objectContaining({ type: 'sidestepped:height', chart: 'russoft-survey' }));
  expect(got.some((m) => typeof m['datawrapper-height'] === 'object')).toBe(true);
  expect(got).toContainEqual(expect.objectContaining({ sentinel: 'amp', type: 'embed-size' }));
  const before = (await page.locator('iframe').boundingBox())!.height;
  await page.evaluate(() => {
    const f = document.querySelector('iframe')!;
    f.contentWindow!.postMessage({ type: 'sidestepped:height', height: 5 }, '*');
    f.contentWindow!.postMessage('<img src=x onerror=alert(1)>', '*');
  });
  await page.waitForTimeout(200);
  expect((await page.locator('iframe').boundingBox())!.height).toBe(before);
});

test('bad query options fall back to the defaults without errors', async ({ watched, problems }) => {
  await watched.goto('/embed/partners-map/?theme=purple&title=maybe&view=satellite&x=%3Cscript%3E');
  await expect(watched.locator('html')).not.toHaveAttribute('data-theme', /./);
  await expect(watched.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(watched.locator('figure[data-chart]')).toHaveAttribute('data-view', 'group');
  expect(problems).toEqual([]);
});

test('valid query options apply: dark theme, no title, the formal view', async ({ watched, problems }) => {
  await watched.goto('/embed/partners-map/?theme=dark&title=0&view=formal');
  await expect(watched.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(watched.getByRole('heading', { level: 1 })).toBeHidden();
  await expect(watched.locator('figure[data-chart]')).toHaveAttribute('data-view', 'formal');
  expect(problems).toEqual([]);
});

test('only embed pages may be framed by other sites', async ({ page, baseURL }) => {
  hostPage = `<!doctype html><html lang="en"><body>
    <iframe id="embed" src="${baseURL}/embed/timeline/" title="embed"></iframe>
    <iframe id="page" src="${baseURL}/charts/timeline/" title="page"></iframe></body></html>`;
  await page.goto(hostUrl());
  await expect(page.frameLocator('#embed').locator('figure[data-chart="timeline"]')).toBeVisible();
  // A blocked frame never gets our document: it stays on an error page without our content.
  await page.waitForTimeout(500);
  expect(await page.frameLocator('#page').locator('figure[data-chart]').count()).toBe(0);
});
