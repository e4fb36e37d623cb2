import { test, expect } from './fixtures';
import { builtPages } from './pages';
import { layOutWholePage } from './lazy-blocks';

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  // Every page in one tab, each checked on its own: a page opens in a fraction of a fresh tab's time.
  test.describe.configure({ timeout: 120_000 });
  const paths = builtPages();
  test(`none of ${paths.length} pages scrolls sideways`, async ({ page }) => {
    for (const path of paths) {
      await page.goto(path);
      await layOutWholePage(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect.soft(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    }
  });
});

test('the skip link is the first thing a keyboard reaches and moves focus to the content', async ({ page }) => {
  await page.goto('/articles/overview/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
