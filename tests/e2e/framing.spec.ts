import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect } from '@playwright/test';
import { builtLangs, builtPages } from './pages';
import { pathIn } from './languages';

/**
 * Another site frames every page of ours, in every form a URL can take: with and without its
 * trailing slash, as index.html, the 404 page by name and a path that does not exist. Only the
 * embeds (of every language) may show; everything else must be refused by the browser (clickjacking).
 */
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

const forms = (path: string): string[] =>
  path === '/' ? ['/', '/index.html'] : [path, path.replace(/\/$/, ''), `${path}index.html`];

const paths = [...builtPages().flatMap(forms), '/404.html', '/no-such-page/', '/no-such-page'];

test('only embeds can be framed by another site, whatever form the URL takes', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  hostPage = `<!doctype html><title>host</title>${paths
    .map((p) => `<iframe data-path="${p}" src="${baseURL}${p}" width="300" height="150"></iframe>`)
    .join('')}`;
  const loads = new Set<string>();
  page.on('framenavigated', (f) => loads.add(f.url()));
  await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/`);
  await page.waitForLoadState('load');
  const shown: Record<string, boolean> = {};
  for (const iframe of await page.locator('iframe').elementHandles()) {
    const path = (await iframe.getAttribute('data-path'))!;
    const frame = await iframe.contentFrame();
    // A frame the browser refused ends on Chromium's error page instead of our URL.
    shown[path] = frame !== null && frame.url().startsWith(baseURL!);
  }
  // Every language's embeds (/embed/…, /de/embed/…) are for other sites; nothing else is.
  const embeds = builtLangs().map((l) => pathIn(l, '/embed/'));
  const expected = Object.fromEntries(paths.map((p) => [p, embeds.some((e) => p.startsWith(e))]));
  expect(shown).toEqual(expected);
});
