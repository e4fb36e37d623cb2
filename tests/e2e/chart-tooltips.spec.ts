import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { builtChartsInEveryLang, chartName, widthsFor, figureOf, shownMark, shownMarks, type MarkInfo } from './built-charts';

/**
 * Every tooltip lies wholly inside the viewport, for every mark of every chart the build placed,
 * opened by mouse, by touch and by keyboard, on a small phone and a laptop. Each mark is first
 * scrolled to the viewport's top edge and then to its bottom edge, where a tooltip that is only
 * ever put above (or below) its mark runs off the screen.
 */

const VIEWPORTS = [
  { width: 320, height: 568 },
  { width: 1280, height: 800 },
] as const;
const EDGES = ['top', 'bottom'] as const;
type Edge = (typeof EDGES)[number];

/** Scrolls the page so the mark's box touches the viewport's top or bottom edge (as far as the page allows). */
const scrollMarkTo = (mark: Locator, edge: Edge) =>
  mark.evaluate((m, edge) => {
    const r = m.getBoundingClientRect();
    const vh = document.documentElement.clientHeight;
    window.scrollBy({ top: edge === 'top' ? r.top : r.bottom - vh, behavior: 'instant' });
  }, edge);

/**
 * A point in the viewport where the pointer hits the mark itself (not a label or another mark),
 * with 2 px to spare all round; null when no such point is on screen. Does not scroll.
 */
const pointOn = (mark: Locator) =>
  mark.evaluate((m) => {
    const r = m.getBoundingClientRect();
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const hits = (x: number, y: number) => {
      if (x < 0 || y < 0 || x >= vw || y >= vh) return false;
      const hit = document.elementFromPoint(x, y);
      return hit !== null && (hit === m || m.contains(hit));
    };
    const steps = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9, 0.05, 0.95];
    for (const fy of steps)
      for (const fx of steps) {
        const x = Math.round(r.left + r.width * fx);
        const y = Math.round(r.top + r.height * fy);
        if (hits(x, y) && hits(x + 2, y) && hits(x - 2, y) && hits(x, y + 2) && hits(x, y - 2)) return { x, y };
      }
    return null;
  });

/** The tooltip shows this mark's title and its box lies inside the viewport. */
async function expectTipInside(page: Page, figure: Locator, mark: MarkInfo, how: string): Promise<void> {
  const tip = figure.getByRole('tooltip');
  await expect(tip, how).toBeVisible();
  await expect(tip.locator('.chart-tip-title'), how).toHaveText(mark.title);
  const outside = () =>
    tip.evaluate((t) => {
      const r = t.getBoundingClientRect();
      const vw = document.documentElement.clientWidth;
      const vh = document.documentElement.clientHeight;
      const out: string[] = [];
      if (r.left < 0) out.push(`left ${Math.round(r.left)} < 0`);
      if (r.top < 0) out.push(`top ${Math.round(r.top)} < 0`);
      if (r.right > vw) out.push(`right ${Math.round(r.right)} > ${vw}`);
      if (r.bottom > vh) out.push(`bottom ${Math.round(r.bottom)} > ${vh}`);
      return out;
    });
  // The tip may be re-placed on the frame after a scroll; what counts is where it settles.
  await expect.poll(outside, `${how}: the tooltip lies inside the viewport`).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), how).toBe(true);
}

for (const chart of builtChartsInEveryLang()) {
  const path = chart.home;
  for (const viewport of widthsFor(chart.lang, VIEWPORTS)) {
    test.describe(`${chartName(chart)} at ${viewport.width}×${viewport.height}`, () => {
      test.use({ viewport });

      test(`by mouse: every mark’s tooltip is inside the viewport`, async ({ watched: page, problems }) => {
        await page.goto(path);
        const figure = figureOf(page, chart.id);
        await expect(figure).toHaveAttribute('data-enhanced', 'true');
        const marks = await shownMarks(figure);
        expect(marks.length).toBeGreaterThan(0);
        for (const mark of marks)
          for (const edge of EDGES) {
            const how = `${mark.id} at the ${edge} edge`;
            await page.mouse.move(0, 0);
            const target = shownMark(figure, mark.id);
            await scrollMarkTo(target, edge);
            const point = await pointOn(target);
            expect(point, `${how}: the pointer can reach the mark`).not.toBeNull();
            await page.mouse.move(point!.x, point!.y);
            await expectTipInside(page, figure, mark, how);
          }
        expect(problems).toEqual([]);
      });

      test.describe('on a touch screen', () => {
        test.use({ hasTouch: true, isMobile: viewport.width < 720 });

        test(`by tap: every mark’s tooltip is inside the viewport`, async ({ watched: page, problems }) => {
          await page.goto(path);
          const figure = figureOf(page, chart.id);
          await expect(figure).toHaveAttribute('data-enhanced', 'true');
          const marks = await shownMarks(figure);
          expect(marks.length).toBeGreaterThan(0);
          for (const mark of marks)
            for (const edge of EDGES) {
              const how = `${mark.id} at the ${edge} edge`;
              // Close any open tip first: a tap on the open mark closes it.
              await page.keyboard.press('Escape');
              await expect(figure.getByRole('tooltip')).toBeHidden();
              const target = shownMark(figure, mark.id);
              await scrollMarkTo(target, edge);
              const point = await pointOn(target);
              expect(point, `${how}: a finger can reach the mark`).not.toBeNull();
              await page.touchscreen.tap(point!.x, point!.y);
              await expectTipInside(page, figure, mark, how);
            }
          expect(problems).toEqual([]);
        });
      });

      test(`by keyboard: every mark’s tooltip is inside the viewport`, async ({ watched: page, problems }) => {
        await page.goto(path);
        const figure = figureOf(page, chart.id);
        await expect(figure).toHaveAttribute('data-enhanced', 'true');
        const marks = await shownMarks(figure);
        expect(marks.length).toBeGreaterThan(0);
        // Tab to the chart: the browser scrolls the first mark into view as it likes.
        const ready = await figure.locator('.chart-frame').evaluate((frame) => {
          const before = [
            ...document.querySelectorAll<HTMLElement>('a[href], button, summary, input, select, textarea, [tabindex]'),
          ].filter(
            (el) =>
              el.tabIndex >= 0 &&
              el.checkVisibility({ visibilityProperty: true }) &&
              !el.closest('dialog:not([open])') &&
              el.compareDocumentPosition(frame) & Node.DOCUMENT_POSITION_FOLLOWING,
          );
          before.at(-1)?.focus();
          return document.activeElement === before.at(-1);
        });
        expect(ready, 'something before the chart takes focus').toBe(true);
        await page.keyboard.press('Tab');
        await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-mark'))).toBe(marks[0]!.id);
        await expectTipInside(page, figure, marks[0]!, `${marks[0]!.id} after Tab`);
        // Then each mark at each edge, reached with the arrow keys (Home from the last one).
        for (const edge of EDGES)
          for (const [i, mark] of marks.entries()) {
            if (edge === 'top' && i === 0) continue;
            const how = `${mark.id} at the ${edge} edge`;
            await scrollMarkTo(shownMark(figure, mark.id), edge);
            await page.keyboard.press(i === 0 ? 'Home' : 'ArrowRight');
            await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-mark')), how).toBe(mark.id);
            await expectTipInside(page, figure, mark, how);
          }
        expect(problems).toEqual([]);
      });
    });
  }
}
