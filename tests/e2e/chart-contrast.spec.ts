import { parse, wcagContrast } from 'culori';
import { expect, test } from '@playwright/test';
import { builtChartIds, chartName, widthsFor } from './built-charts';
import { builtLangs, inLangPath } from './pages';

const CHART_IDS = builtChartIds();

/**
 * Every piece of chart text keeps 4.5:1 against what is drawn behind it, as Chromium renders it:
 * the halo it is stroked with, else the topmost filled shape under its middle, else the page. Chart
 * text is 12–14 px, so WCAG's 4.5:1 applies (tests/unit/palette.test.ts checks the tokens alone;
 * this checks where the charts actually put text). Every chart, both themes, both layouts, each
 * state of its switches.
 */

interface Seen {
  text: string;
  fill: string;
  behind: string;
  what: string;
}

const THEMES = ['light', 'dark'] as const;
const WIDTHS = [360, 1280] as const;

for (const lang of builtLangs()) for (const id of CHART_IDS)
  for (const theme of THEMES)
    for (const width of widthsFor(lang, WIDTHS))
      test(`${chartName({ id, lang })}: chart text keeps 4.5:1 against what is behind it (${theme}, ${width} px)`, async ({ browser }) => {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
        const page = await context.newPage();
        await page.goto(inLangPath(lang, `/embed/${id}/`));
        const figure = page.locator(`figure[data-chart="${id}"]`);
        await expect(figure).toBeVisible();
        // Each state of each switch (a chart without switches is measured once, as it loads).
        const switches = figure.locator(".chart-control[data-kind='switch'] button");
        const states = Math.max(1, await switches.count());
        const low: string[] = [];
        let measured = 0;
        for (let s = 0; s < states; s++) {
          if ((await switches.count()) > 0) {
            await switches.nth(s).click();
            await expect(switches.nth(s)).toHaveAttribute('aria-pressed', 'true');
          }
          const seen = await figure.evaluate((fig): Seen[] => {
            const visible = (el: Element) => {
              for (let e: Element | null = el; e && e !== fig; e = e.parentElement) {
                const cs = getComputedStyle(e);
                if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0) return false;
              }
              return true;
            };
            const painted = (c: string) => c !== 'none' && c !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(c);
            const pageBg = () => {
              for (let e: Element | null = fig; e; e = e.parentElement) {
                const bg = getComputedStyle(e).backgroundColor;
                if (painted(bg)) return bg;
              }
              return 'rgb(255, 255, 255)';
            };
            const out: Seen[] = [];
            for (const t of fig.querySelectorAll('svg text')) {
              if (!visible(t) || !t.textContent?.trim()) continue;
              const r = t.getBoundingClientRect();
              if (r.width === 0 || r.height === 0) continue;
              const cs = getComputedStyle(t);
              const text = t.textContent.trim();
              // A halo (paint-order: stroke, a stroke at least 2 px wide) is what the text sits on.
              if (cs.paintOrder.startsWith('stroke') && painted(cs.stroke) && parseFloat(cs.strokeWidth) >= 2) {
                out.push({ text, fill: cs.fill, behind: cs.stroke, what: 'its halo' });
                continue;
              }
              const x = r.left + r.width / 2;
              const y = r.top + r.height / 2;
              const under = document
                .elementsFromPoint(x, y)
                .find((e) => e !== t && e instanceof SVGGeometryElement && !(e instanceof SVGTextContentElement) && fig.contains(e) && visible(e) && painted(getComputedStyle(e).fill) && Number(getComputedStyle(e).fillOpacity) > 0);
              if (under) out.push({ text, fill: cs.fill, behind: getComputedStyle(under).fill, what: `<${under.tagName} class="${under.getAttribute('class') ?? ''}">` });
              else out.push({ text, fill: cs.fill, behind: pageBg(), what: 'the page' });
            }
            return out;
          });
          measured += seen.length;
          for (const s of seen) {
            const k = wcagContrast(parse(s.fill)!, parse(s.behind)!);
            if (k < 4.5) low.push(`“${s.text}” ${s.fill} on ${s.what} ${s.behind}: ${k.toFixed(2)}:1`);
          }
        }
        expect(measured, 'text measured').toBeGreaterThan(0);
        expect([...new Set(low)], 'chart text under 4.5:1').toEqual([]);
        await context.close();
      });
