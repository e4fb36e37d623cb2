import { test, expect } from './fixtures';
import { builtPages } from './pages';
import { layOutWholePage } from './lazy-blocks';

/**
 * A block laid out only as it comes near the screen (`content-visibility: auto`) holds a guessed
 * size until then, and the guess must err large: one too small puts the block's links over the
 * next block's for tools that measure blocks not yet laid out, and makes the block grow as the
 * reader comes near. On a 320 px phone, where blocks are tallest, every such block on every page is
 * at most its guess once laid out. A paragraph's, list's, quotation's and the footnotes' guess is estimated from their text at build
 * time (src/integrations/block-size.ts): it is also the one read from the block's attribute, and
 * within half again and four lines of the block's real size, so that the page's scrollbar does not
 * promise much more page than there is.
 */
test.describe('blocks laid out as they come near, at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test.describe.configure({ timeout: 120_000 });
  const paths = builtPages();
  test(`on ${paths.length} pages, every waiting block's guessed size holds it`, async ({ page }) => {
    let checked = 0;
    for (const path of paths) {
      await page.goto(path);
      const guesses = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('*')]
          .filter((el) => getComputedStyle(el).contentVisibility === 'auto')
          .map((el, index) => {
            el.dataset['lazyIndex'] = String(index);
            const style = getComputedStyle(el);
            const px = /(\d+(?:\.\d+)?)px/.exec(style.containIntrinsicBlockSize)?.[1];
            return {
              index,
              name: `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`,
              guessPx: px === undefined ? Number.NaN : Number(px),
              estimateEm: el.dataset['blockSizeGuess'] === undefined ? undefined : Number(el.dataset['blockSizeGuess']),
              fontPx: parseFloat(style.fontSize),
              lineHeightPx: parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.6,
            };
          }),
      );
      await layOutWholePage(page);
      const heights = await page.evaluate(() =>
        Object.fromEntries([...document.querySelectorAll<HTMLElement>('[data-lazy-index]')].map((el) => [el.dataset['lazyIndex'], el.getBoundingClientRect().height])),
      );
      for (const g of guesses) {
        const real = heights[g.index]!;
        const what = `${path} ${g.name} (laid out ${real.toFixed(0)} px, guessed ${g.guessPx.toFixed(0)} px)`;
        expect.soft(g.guessPx, `${what}: a guess in pixels`).toBeGreaterThan(0);
        expect.soft(real, `${what}: the guess is too small`).toBeLessThanOrEqual(g.guessPx + 0.5);
        if (g.estimateEm !== undefined) {
          expect.soft(g.guessPx, `${what}: the guess is the build's estimate, ${g.estimateEm}em`).toBeCloseTo(g.estimateEm * g.fontPx, 0);
          expect.soft(g.guessPx, `${what}: the estimate is far too large`).toBeLessThanOrEqual(real * 1.5 + 4 * g.lineHeightPx);
        }
        checked++;
      }
    }
    expect(checked, 'pages have blocks that wait').toBeGreaterThan(paths.length);
  });
});
