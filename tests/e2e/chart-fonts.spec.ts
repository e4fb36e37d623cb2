import { test, expect } from './fixtures';
import { builtChartsInEveryLang } from './built-charts';
import { DESIGN_FAMILY, FALLBACK_FAMILIES } from '../../src/charts/shared/chart-font';

/**
 * Chart labels are laid out with the widths of Source Sans 3 and of Arial's metrics
 * (src/charts/shared/chart-font.ts), so on every page that shows a chart, the site's and the
 * embeds, every visible chart text must be drawn in one of those fonts: a label drawn in any
 * other font (a wider system-ui, DejaVu Sans) may overflow its box. The fonts are the ones the
 * browser really used for the glyphs (DevTools' platform fonts), in both layouts.
 */

const FALLBACKS = new Set<string>(FALLBACK_FAMILIES);
// The site's variable font names itself after its default instance ("Source Sans 3 ExtraLight").
const measured = (family: string) => FALLBACKS.has(family) || family === DESIGN_FAMILY || family.startsWith(`${DESIGN_FAMILY} `);
const WIDTHS = [360, 1280];
const pages = [...new Set(builtChartsInEveryLang().flatMap((c) => c.pages))].sort();

for (const path of pages)
  test(`chart text on ${path} is drawn in a measured font`, async ({ watched: page, problems }) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const used = new Map<string, string>();
    // One load, then each width: a second navigation would abort the first page's late font requests.
    await page.setViewportSize({ width: WIDTHS[0]!, height: 900 });
    await page.goto(path);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
      const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'figure[data-chart] svg text' });
      expect(nodeIds.length, `chart texts on ${path}`).toBeGreaterThan(0);
      for (const nodeId of nodeIds) {
        const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
        for (const f of fonts) if (!used.has(f.familyName)) used.set(f.familyName, `${width} px`);
      }
    }
    expect(used.size, `no chart text was drawn on ${path}`).toBeGreaterThan(0);
    const others = [...used].filter(([family]) => !measured(family)).map(([family, at]) => `${family} (at ${at})`);
    expect(others, `chart text on ${path} drawn in fonts text.ts does not measure`).toEqual([]);
    expect(problems).toEqual([]);
  });
