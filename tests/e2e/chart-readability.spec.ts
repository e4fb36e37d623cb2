import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures';
import { builtChartsInEveryLang, chartName, figureOf } from './built-charts';

/**
 * On phones, every chart the build placed draws its text at 12 CSS px or more, and every target a
 * finger aims at (a mark, a control button) is at least 24 × 24 CSS px or has room around it
 * (WCAG 2.5.8 Target Size (Minimum): a 24 px circle centred on an undersized target touches no
 * other target and no other undersized target's circle). Measured in the browser, in every view
 * of the chart's switches.
 */

const WIDTHS = [320, 360] as const;
const MIN_TEXT = 12;
const MIN_TARGET = 24;

/** Each state of the chart: the default, then every option of every switch control. */
async function* views(figure: Locator): AsyncGenerator<string> {
  yield 'default view';
  const switches = figure.locator('.chart-control[data-kind=switch] button').filter({ visible: true });
  for (let i = 0; i < (await switches.count()); i++) {
    const button = switches.nth(i);
    const name = (await button.textContent())?.trim() ?? `switch ${i + 1}`;
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    yield `view “${name}”`;
  }
}

/** Rendered size in CSS px of every visible SVG text of the figure: computed font-size × the SVG's scale. */
const smallTexts = (figure: Locator) =>
  figure.evaluate((f, min) => {
    const texts = [...f.querySelectorAll<SVGTextElement>('.chart-svg svg text, .chart-svg svg tspan')].filter(
      (t) =>
        t.textContent?.trim() && t.getClientRects().length > 0 && t.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
    );
    const measured = texts.map((t) => {
      const m = t.getScreenCTM();
      // The scale of the text's own user space on screen (uniform for these charts).
      const scale = m ? Math.sqrt(Math.abs(m.a * m.d - m.b * m.c)) : 0;
      return { text: t.textContent!.trim().slice(0, 40), px: Math.round(parseFloat(getComputedStyle(t).fontSize) * scale * 100) / 100 };
    });
    return { count: measured.length, small: measured.filter((s) => s.px < min - 0.01) };
  }, MIN_TEXT);

/**
 * Targets that fail WCAG 2.5.8: visible control buttons and the shown layout's marks. An undersized
 * target passes when a 24 px circle centred on it hits no other target (sampled with
 * elementFromPoint, so it is what a finger would hit) and no other undersized target's circle.
 */
async function failingTargets(figure: Locator): Promise<string[]> {
  const targets = figure.locator('.chart-control button, .chart-svg [data-mark]').filter({ visible: true });
  const failures: string[] = [];
  const all = await targets.all();
  const boxes = await targets.evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      const name = e.getAttribute('data-mark') ?? e.textContent?.trim() ?? e.tagName;
      return { name, w: r.width, h: r.height, cx: r.left + r.width / 2 + scrollX, cy: r.top + r.height / 2 + scrollY };
    }),
  );
  const small = boxes.map((b) => b.w < MIN_TARGET - 0.01 || b.h < MIN_TARGET - 0.01);
  for (const [i, target] of all.entries()) {
    if (!small[i]) continue;
    const b = boxes[i]!;
    const name = b.name;
    const size = `${Math.round(b.w * 10) / 10}×${Math.round(b.h * 10) / 10} px`;
    for (const [j, o] of boxes.entries())
      if (j !== i && small[j] && Math.hypot(o.cx - b.cx, o.cy - b.cy) < MIN_TARGET)
        failures.push(
          `${name} (${size}): its 24 px circle meets that of “${o.name}”, another small target ${Math.round(Math.hypot(o.cx - b.cx, o.cy - b.cy))} px away`,
        );
    await target.evaluate((e) => e.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' }));
    const hitsOther = await target.evaluate((e, r) => {
      const rect = e.getBoundingClientRect();
      const cx = rect.left + rect.width / 2;
      const cy = rect.top + rect.height / 2;
      const isTarget = (el: Element | null) => el?.closest('.chart-control button, .chart-svg [data-mark]') ?? null;
      for (let dy = -r; dy <= r; dy += 2)
        for (let dx = -r; dx <= r; dx += 2) {
          if (dx * dx + dy * dy > r * r) continue;
          const hit = isTarget(document.elementFromPoint(cx + dx, cy + dy));
          if (hit && hit !== e && !e.contains(hit)) return hit.getAttribute('data-mark') ?? hit.textContent?.trim() ?? hit.tagName;
        }
      return null;
    }, MIN_TARGET / 2);
    if (hitsOther) failures.push(`${name} (${size}): its 24 px circle reaches “${hitsOther}”`);
  }
  return failures;
}

// Every language at both widths: these are the narrow ones, where longer words are hardest to fit.
for (const chart of builtChartsInEveryLang()) {
  const path = chart.home;
  for (const width of WIDTHS) {
    test.describe(`${chartName(chart)} at ${width} px`, () => {
      test.use({ viewport: { width, height: 800 }, hasTouch: true, isMobile: true });

      // Both checks on one load, view by view: the same page and the same presses.
      test(`every visible chart text renders at ${MIN_TEXT} CSS px or more, and every mark and control button is a ${MIN_TARGET}×${MIN_TARGET} px target or has ${MIN_TARGET} px of room (WCAG 2.5.8), in every view`, async ({
        watched: page,
        problems,
      }) => {
        await page.goto(path);
        const figure = figureOf(page, chart.id);
        await expect(figure).toHaveAttribute('data-enhanced', 'true');
        for await (const view of views(figure)) {
          const { count, small } = await smallTexts(figure);
          expect(count, `${view}: the chart has text`).toBeGreaterThan(0);
          expect.soft(small, `${view}: texts under ${MIN_TEXT} px`).toEqual([]);
          expect.soft(await failingTargets(figure), `${view}: targets`).toEqual([]);
        }
        expect(problems).toEqual([]);
      });
    });
  }
}
