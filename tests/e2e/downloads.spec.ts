import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { builtChartIds, chartName } from './built-charts';
import { builtLangs, inLangPath } from './pages';

const CHART_IDS = builtChartIds();

/**
 * The standalone pictures as someone who downloads one sees them. For every chart in the registry,
 * its page's switches (read from the page, as a reader meets them) name its views; each view has a
 * PNG and an SVG in the page's downloads, and each SVG, opened on its own in Chromium, draws every
 * text element in Source Sans 3, the site's font: the browser reports which font it really used
 * for each element's glyphs (CDP CSS.getPlatformFontsForNode), so a Times or system fallback fails.
 */

/** File names of a chart's views: `<id>` and `<id>-<value>` for every other value of each switch. */
async function viewsOf(page: Page, id: string, lang: string): Promise<string[]> {
  await page.goto(inLangPath(lang, `/charts/${id}/`));
  const figure = page.locator(`figure[data-chart="${id}"]`);
  const switches = await figure.locator('[data-kind="switch"][data-name]').evaluateAll((groups) =>
    groups.map((g) => ({
      name: g.getAttribute('data-name')!,
      values: [...g.querySelectorAll('[data-value]')].map((b) => b.getAttribute('data-value')!),
    })),
  );
  const views = [id];
  for (const s of switches) {
    const initial = await figure.getAttribute(`data-${s.name}`);
    expect(initial, `${id}: the figure carries its switch "${s.name}"`).not.toBeNull();
    for (const v of s.values) if (v !== initial) views.push(`${id}-${v}`);
  }
  return views;
}

async function fontsOfEveryText(page: Page): Promise<{ drawn: number; wrong: string[] }> {
  await page.evaluate(() => document.fonts.ready);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'text' });
  const wrong: string[] = [];
  let drawn = 0;
  for (const nodeId of nodeIds) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    if (fonts.length === 0) continue; // a text that draws nothing (empty or hidden)
    drawn++;
    for (const f of fonts) {
      // A variable font reports the name of its default instance ("Source Sans 3 ExtraLight").
      if (/^Source Sans 3\b/.test(f.familyName)) continue;
      const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
      wrong.push(`${f.familyName} (${f.glyphCount} glyphs): ${outerHTML.slice(0, 140)}`);
    }
  }
  await cdp.detach();
  return { drawn, wrong };
}

for (const lang of builtLangs()) for (const id of CHART_IDS) {
  test(`${chartName({ id, lang })}: a PNG and an SVG of every view, each SVG drawn in Source Sans 3 alone in Chromium`, async ({ page }) => {
    const views = await viewsOf(page, id, lang);
    for (const name of views) {
      for (const ext of ['png', 'svg']) {
        await expect(page.locator(`#share a[href$="${inLangPath(lang, `/charts/${name}.${ext}`)}"]`), `${id}: the page offers ${name}.${ext}`).toHaveCount(1);
      }
    }
    for (const name of views) {
      const png = await page.request.get(inLangPath(lang, `/charts/${name}.png`));
      expect(png.headers()['content-type'], `${name}.png`).toBe('image/png');
      const res = await page.goto(inLangPath(lang, `/charts/${name}.svg`));
      expect(res?.headers()['content-type'], `${name}.svg`).toMatch(/^image\/svg\+xml/);
      const { drawn, wrong } = await fontsOfEveryText(page);
      expect(drawn, `${name}.svg draws its title, key, labels and source`).toBeGreaterThan(3);
      expect(wrong, `${name}.svg: text drawn in another font:\n${wrong.join('\n')}`).toEqual([]);
    }
  });
}
