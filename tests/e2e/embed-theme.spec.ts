import { test, expect } from '@playwright/test';
import { builtChartIds } from './built-charts';

const CHART_IDS = builtChartIds();

const background = (page: import('@playwright/test').Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

// An embed's theme belongs to the page that frames it: a theme the reader stored on our site
// (localStorage, same origin) must not override ?theme=auto, which follows the system.
for (const scheme of ['light', 'dark'] as const) {
  test(`an embed with ?theme=auto follows a ${scheme} system even when the reader stored the other theme on the site`, async ({ page }) => {
    // Plain page: navigating on quickly aborts the previous page's favicon, which is no fault of
    // the embed (pages.spec.ts checks every embed for errors and foreign requests).
    const id = CHART_IDS[0]!;
    const other = scheme === 'light' ? 'dark' : 'light';
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`/embed/${id}/?theme=${scheme}`);
    const expected = await background(page);
    await page.evaluate((t) => localStorage.setItem('theme', t), other);
    for (const query of ['?theme=auto', '', '?theme=bogus']) {
      await page.goto(`/embed/${id}/${query}`);
      await expect(page.locator('html'), query).not.toHaveAttribute('data-theme');
      expect(await background(page), query).toBe(expected);
    }
    await page.goto(`/embed/${id}/?theme=${other}`);
    expect(await background(page)).not.toBe(expected);
  });
}
