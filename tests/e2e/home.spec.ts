import { test, expect } from './fixtures';

/** The front page on a desktop: it uses the width and leads with a chart. */
test.describe('home at 1280 × 800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('leads with a chart in its wide layout, in the first two screens', async ({ watched, problems }) => {
    await watched.goto('/');
    const figure = watched.locator('main figure[data-chart]').first();
    await expect(figure).toBeVisible();
    await expect(figure.locator('.chart-svg--wide svg')).toBeVisible();
    const box = (await figure.boundingBox())!;
    expect(box.y).toBeLessThan(2 * 800);
    expect(problems).toEqual([]);
  });

  test('the right of the first screen is not left empty', async ({ watched }) => {
    await watched.goto('/');
    // Bands 40 px tall from the bottom of the header to the bottom of the window: how many show
    // something (a line of text, a picture, a control) in the right 40 % of the window? Text is
    // measured by its line boxes, not by the width of the block that holds it.
    const { bands, used } = await watched.evaluate(() => {
      const from = innerWidth * 0.6;
      const top = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
      const boxes: DOMRect[] = [];
      const main = document.querySelector('main')!;
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.textContent!.trim() || n.parentElement!.closest('svg')) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        boxes.push(...range.getClientRects());
      }
      for (const el of main.querySelectorAll('svg, img, button, select, input')) {
        if (el.parentElement!.closest('svg') || getComputedStyle(el).visibility === 'hidden') continue;
        boxes.push(el.getBoundingClientRect());
      }
      const seen = boxes.filter((b) => b.width > 1 && b.height > 1);
      let used = 0;
      let bands = 0;
      for (let y = top; y + 40 <= innerHeight; y += 40) {
        bands++;
        if (seen.some((b) => b.right > from && b.left < innerWidth && b.bottom > y && b.top < y + 40)) used++;
      }
      return { bands, used };
    });
    expect(used / bands, `${used} of ${bands} bands`).toBeGreaterThanOrEqual(0.6);
  });
});
