import { test as base, expect, type Page } from '@playwright/test';

/**
 * A page that records what a reader would never want: console errors, failed requests, and any
 * request to a host other than the site's own.
 */
export const test = base.extend<{ watched: Page; problems: string[] }>({
  /**
   * A page loads its script after its first paint (src/scripts/theme-init.ts) and enhances its
   * charts and kits one task each (src/scripts/in-turn.ts), so `load` can come before its controls
   * work: a navigation that waits for the page waits for its script to have run and finished too, as
   * a reader waits for the controls to appear.
   */
  page: async ({ page, javaScriptEnabled }, use) => {
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      if (javaScriptEnabled === false || ![undefined, 'load', 'networkidle'].includes(options?.waitUntil)) return response;
      if (await page.locator('html[data-page-script]').count()) await page.locator('html[data-page-script-ran]').waitFor({ state: 'attached' });
      await page.locator(':root:not([data-enhancing])').waitFor({ state: 'attached' });
      return response;
    };
    await use(page);
  },
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
