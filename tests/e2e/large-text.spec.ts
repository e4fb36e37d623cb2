import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { allPages, langOfPath, rootLang } from './pages';
import { layOutWholePage } from './lazy-blocks';

/**
 * Readers who set a large default font in their browser (Chrome: Settings → Appearance → Font size)
 * must not have to scroll sideways. Page.setFontSizes is that setting; rem-based sizes double with it.
 */
async function setDefaultFont(page: Page, px: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: px } });
}

/** What sticks out past the window's right edge (outside any element that scrolls on its own). */
const overflowing = (page: Page) =>
  page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const inScroller = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
        if (getComputedStyle(p).overflowX !== 'visible') return true;
      return false;
    };
    return {
      scrollWidth: document.scrollingElement!.scrollWidth,
      width: vw,
      culprits: [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > vw + 0.5 && !inScroller(el))
        .filter((el) => ![...el.children].some((c) => c.getBoundingClientRect().right > vw + 0.5))
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).trim().split(/\s+/).join('.')}` : ''} → ${Math.round(el.getBoundingClientRect().right)} px`),
    };
  });

for (const width of [320, 390]) {
  test.describe(`${width} px wide with a 32 px default font`, () => {
    test.use({ viewport: { width, height: 800 } });
    // Every page in one browser tab, each checked on its own (a page opens in a fraction of the
    // time a fresh tab takes).
    test.describe.configure({ timeout: 180_000 });
    // The other languages at the narrower width, where their longer words are hardest to fit.
    const paths = allPages().filter((p) => width === 320 || langOfPath(p) === rootLang());
    test(`none of ${paths.length} pages scrolls sideways`, async ({ page }) => {
      expect(paths.length).toBeGreaterThan(0);
      await setDefaultFont(page, 32);
      for (const path of paths) {
        await page.goto(path);
        // The setting really applies (1rem = 32 px), so the test cannot pass by measuring 16 px text.
        expect.soft(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize)), path).toBe(32);
        await layOutWholePage(page);
        const o = await overflowing(page);
        expect.soft(o.scrollWidth, `${path} sticks out: ${o.culprits.join('; ')}`).toBeLessThanOrEqual(o.width);
      }
    });
  });
}
