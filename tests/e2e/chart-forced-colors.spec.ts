import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { builtChartsInEveryLang, chartName, widthsFor, figureOf } from './built-charts';

/**
 * Forced colours (Windows high contrast), emulated by Chromium: a control button looks different
 * pressed and unpressed, and every key swatch keeps a colour that the chart's marks wear. Over
 * every chart the build placed, in light and dark, at a phone and a laptop width.
 */

const SCHEMES = ['light', 'dark'] as const;
const WIDTHS = [360, 1280] as const;

/** What a control button's look is made of, as computed. */
const lookOf = (button: Locator) =>
  button.evaluate((b) => {
    const s = getComputedStyle(b);
    const before = getComputedStyle(b, '::before');
    return [s.backgroundColor, s.color, s.borderTopColor, s.borderTopStyle, s.outlineStyle, s.textDecorationLine, before.content].join(
      ' | ',
    );
  });

/**
 * The button's look at rest: pointer and focus elsewhere (hover and focus rings differ), transitions
 * finished. Returns its computed look and a picture of it alone.
 */
async function atRest(page: Page, button: Locator): Promise<{ look: string; picture: Buffer }> {
  await page.mouse.move(0, 0);
  await button.evaluate((b) => {
    b.blur();
    for (const a of b.getAnimations({ subtree: true })) a.finish();
  });
  return { look: await lookOf(button), picture: await button.screenshot({ animations: 'disabled', caret: 'hide' }) };
}

/** Each state of the chart: the default, then every option of every switch control. */
async function* views(figure: Locator): AsyncGenerator<string> {
  yield 'default view';
  const switches = figure.locator('.chart-control[data-kind=switch] button').filter({ visible: true });
  for (let i = 0; i < (await switches.count()); i++) {
    const button = switches.nth(i);
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    yield `view “${(await button.textContent())?.trim()}”`;
  }
}

/**
 * Swatches whose colour no visible mark of the shown layout wears: a block, dot, band or dashed
 * swatch's background must be the fill or outline of some shape; a ring's or line's border the
 * outline of one.
 */
const strayKeys = (figure: Locator) =>
  figure.evaluate((f) => {
    const svg = [...f.querySelectorAll<SVGSVGElement>('.chart-svg svg')].find((s) => s.checkVisibility());
    if (!svg) return { swatches: 0, stray: ['no chart shown'] };
    // Drawn shapes only: not the geometry of clip paths, masks and other definitions.
    const shapes = [...svg.querySelectorAll<SVGGraphicsElement>('path, circle, rect, line, polyline, polygon, ellipse')].filter(
      (e) =>
        !e.closest('defs, clipPath, mask, marker, pattern, symbol') &&
        e.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
    );
    // Colours as they settle (countries ease into a view's fill).
    for (const a of document.getAnimations()) a.finish();
    const fills = new Set(shapes.map((e) => getComputedStyle(e).fill));
    const strokes = new Set(shapes.map((e) => getComputedStyle(e).stroke));
    // A filled swatch may stand for marks drawn filled or outlined (a ring in the category's colour).
    const painted = new Set([...fills, ...strokes]);
    const swatches = [...f.querySelectorAll<HTMLElement>('.swatch')].filter((s) => s.checkVisibility({ visibilityProperty: true }));
    const stray: string[] = [];
    for (const sw of swatches) {
      const label = (sw.closest('li, button')?.textContent ?? '').trim();
      const byBorder = sw.classList.contains('swatch--ring') || sw.classList.contains('swatch--line');
      const s = getComputedStyle(sw);
      const colour = byBorder ? s.borderTopColor : s.backgroundColor;
      const worn = byBorder ? strokes : painted;
      if (!worn.has(colour)) stray.push(`${label}: swatch ${colour} is worn by no mark (${[...worn].slice(0, 12).join(', ')}…)`);
    }
    return { swatches: swatches.length, stray };
  });

for (const chart of builtChartsInEveryLang()) {
  const path = chart.home;
  for (const colorScheme of SCHEMES)
    for (const width of widthsFor(chart.lang, WIDTHS)) {
      test.describe(`${chartName(chart)}, forced colours, ${colorScheme}, ${width} px`, () => {
        test.use({ forcedColors: 'active', colorScheme, viewport: { width, height: 900 } });

        if (chart.controls)
          test('every control button looks different pressed and unpressed', async ({ watched: page, problems }) => {
            await page.goto(path);
            const figure = figureOf(page, chart.id);
            await expect(figure).toHaveAttribute('data-enhanced', 'true');
            expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
            const buttons = figure.locator('.chart-control button').filter({ visible: true });
            const ids = await buttons.evaluateAll((bs) =>
              bs.map((b) => ({
                control: b.closest<HTMLElement>('[data-kind]')?.dataset['name'] ?? '',
                kind: b.closest<HTMLElement>('[data-kind]')?.dataset['kind'] ?? '',
                value: b.getAttribute('data-value') ?? '',
                name: b.textContent?.trim() ?? '',
              })),
            );
            expect(ids.length).toBeGreaterThan(1);
            const byValue = (control: string, value: string) =>
              figure.locator(`.chart-control[data-name="${control}"] button[data-value="${value}"]`);
            for (const { control, kind, value, name } of ids) {
              const button = byValue(control, value);
              const pressedBefore = (await button.getAttribute('aria-pressed')) ?? '';
              // A switch button is pressed by choosing it; a filter button starts pressed and toggles.
              if (kind === 'switch' && pressedBefore === 'true') continue;
              const chosen =
                kind === 'switch'
                  ? await figure.locator(`.chart-control[data-name="${control}"] button[aria-pressed="true"]`).getAttribute('data-value')
                  : null;
              const before = await atRest(page, button);
              await button.click();
              await expect(button).not.toHaveAttribute('aria-pressed', pressedBefore);
              const after = await atRest(page, button);
              expect(after.look, `${name}: computed look, pressed vs unpressed`).not.toBe(before.look);
              expect(after.picture.equals(before.picture), `${name}: pixels, pressed vs unpressed`).toBe(false);
              // Back to where it was, so every other button is tested from the initial view.
              await (chosen ? byValue(control, chosen) : button).click();
            }
            expect(problems).toEqual([]);
          });

        test('every key swatch shows a colour the chart’s marks wear, in every view', async ({ watched: page, problems }) => {
          await page.goto(path);
          const figure = figureOf(page, chart.id);
          await expect(figure).toHaveAttribute('data-enhanced', 'true');
          for await (const view of views(figure)) {
            const { swatches, stray } = await strayKeys(figure);
            expect(stray, view).toEqual([]);
            if (swatches === 0) test.info().annotations.push({ type: 'note', description: `${chart.id}: no key in ${view}` });
          }
          expect(problems).toEqual([]);
        });
      });
    }
}
