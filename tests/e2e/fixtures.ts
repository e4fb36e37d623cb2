import { test as base, expect, type Page } from '@playwright/test';

/**
 * A page that records what a reader would never want: console errors, failed requests, and any
 * request to a host other than the site's own.
 */
export const test = base.extend<{ watched: Page; problems: string[] }>({
  problems: async ({}, use) => {
    await use([]);
  },
  watched: async ({ page, problems, baseURL }, use) => {
    const own = new URL(baseURL!).host;
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.host !== own) problems.push(`request to another host: ${req.url()}`);
    });
    page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`));
    await use(page);
  },
});

export { expect };
