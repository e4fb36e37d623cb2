/**
 * Embeds on hosts that strip scripts: the published iframe code, pasted into a plain page on
 * another origin with no script of its own, at the heights the site publishes for 360 and 640 px
 * columns, and in frames much shorter than that. Every chart in the registry.
 */
import { builtChartIds, chartName } from './built-charts';
import { builtLangs, inLangPath } from './pages';
import { test, expect } from './fixtures';
import { embedCodeFor, embedFrame, frameView, hostPage, publishedHeights, startHost, stateOptions, type Host } from './embed-host';

const CHART_IDS = builtChartIds();

let host: Host;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(() => host.close());

/** The code as published, with its height set to `height` (the code itself carries the 640 px one). */
const codeAt = (id: string, lang: string, baseURL: string, height: number, extra = '') =>
  embedCodeFor(id, baseURL, false, undefined, lang).replace(/ height="\d+"/, ` height="${height}"${extra}`);

const WIDTHS = [
  { width: 360, name: 'phone' },
  { width: 640, name: 'column' },
] as const;

// Every language at both widths: the heights are computed from each language's own (longer) words.
for (const lang of builtLangs()) for (const id of CHART_IDS) {
  const name = chartName({ id, lang });
  test(`${name}: the code's height is the 640 px one the chart page and oEmbed publish`, async ({ page, baseURL }) => {
    const published = await publishedHeights(page, baseURL!, id, lang);
    const oembed = (await (await page.request.get(`${baseURL}${inLangPath(lang, `/oembed/${id}.json`)}`)).json()) as { html: string; width: number; height: number };
    expect(oembed.html).toContain(` height="${published.column}"`);
    expect(oembed).toMatchObject({ width: 640, height: published.column });
  });

  for (const { width, name: column } of WIDTHS) {
    test(`${name} at ${width} px, framed at its published height without any script, shows the whole chart at full size in every state`, async ({ page, baseURL }) => {
      const height = (await publishedHeights(page, baseURL!, id, lang))[column];
      await page.setViewportSize({ width, height: height + 100 });
      // The default view and every other value of the chart's switches (the map's formal view…):
      // the code has one height, and a reader can switch inside the frame.
      const states = (await stateOptions(page, baseURL!, id, lang)).flatMap((o) => o.values.filter((v) => v !== o.initial).map((v) => ({ name: o.name, value: v })));
      const slacks: number[] = [];
      for (const state of [undefined, ...states]) {
        const query = state ? `?${state.name}=${state.value}` : '';
        host.set(hostPage(codeAt(id, lang, baseURL!, height).replace(/(src="[^"?]+)"/, `$1${query}"`)));
        await page.goto(host.url());
        const iframe = page.locator('iframe[data-sidestepped-embed]');
        expect((await iframe.boundingBox())!).toMatchObject({ width, height });
        const frame = await embedFrame(page);
        if (state) await frame.waitForSelector(`figure[data-${state.name}="${state.value}"]`, { state: 'attached' });
        const view = await frameView(frame);
        const where = state ? `${state.name}=${state.value}` : 'default state';
        // Nothing to scroll inside the frame; the title, the whole SVG and the link under it show.
        expect(view.scrollY, `scrolls down inside the frame (${where})`).toBeLessThanOrEqual(0);
        expect(view.scrollX, `scrolls sideways inside the frame (${where})`).toBeLessThanOrEqual(0);
        expect(view.title?.visible, where).toBe(true);
        expect(view.title!.top, where).toBeGreaterThanOrEqual(0);
        expect(view.svg.left, where).toBeGreaterThanOrEqual(0);
        expect(view.svg.top, where).toBeGreaterThan(view.title!.bottom);
        expect(view.svg.right, where).toBeLessThanOrEqual(view.width + 0.5);
        expect(view.more.top, `the link to notes, sources and data sits below the chart (${where})`).toBeGreaterThanOrEqual(view.svg.bottom);
        expect(view.more.bottom, where).toBeLessThanOrEqual(view.height + 0.5);
        // The height is right, not merely enough: the chart keeps its natural shape (it is not
        // shrunk to fit), text stays at least 12 px, every note and the source line show, and
        // little of the frame is left blank (in the tallest state).
        expect(view.svgBoxRatio, `the chart was shrunk to fit: the published height is too small (${where})`).toBeCloseTo(1, 2);
        expect(view.smallestText, where).toBeGreaterThanOrEqual(12);
        expect(view.foot.every((f) => f.shown), `a note or the source line does not fit (${where})`).toBe(true);
        slacks.push(view.slack);
      }
      // (The heights are estimated for the widest common system sans-serif, so narrower fonts leave a little more.)
      expect(Math.min(...slacks), 'the published height leaves a blank band under the chart').toBeLessThanOrEqual(Math.max(80, 0.08 * height));
    });

    test(`${name} at ${width} px in a frame 40 % of its published height still shows the whole chart, with and without its own scripts`, async ({ page, baseURL }) => {
      const height = Math.round((await publishedHeights(page, baseURL!, id, lang))[column] * 0.4);
      await page.setViewportSize({ width, height: height + 100 });
      // The second frame is sandboxed without allow-scripts: the embed's own scripts do not run either.
      for (const sandbox of ['', ' sandbox="allow-popups"']) {
        host.set(hostPage(codeAt(id, lang, baseURL!, height, sandbox)));
        await page.goto(host.url());
        const view = await frameView(await embedFrame(page));
        const where = sandbox ? 'without scripts' : 'with scripts';
        expect(view.height).toBe(height);
        expect(view.scrollY, `scrolls down inside the frame ${where}`).toBeLessThanOrEqual(0);
        expect(view.scrollX, `scrolls sideways inside the frame ${where}`).toBeLessThanOrEqual(0);
        expect(view.svg.top, where).toBeGreaterThanOrEqual(view.title?.bottom ?? 0);
        expect(view.svg.left, where).toBeGreaterThanOrEqual(0);
        expect(view.svg.right, where).toBeLessThanOrEqual(view.width + 0.5);
        expect(view.svg.height, `the chart has shrunk to nothing ${where}`).toBeGreaterThanOrEqual(48);
        expect(view.more.top, `the link to notes, sources and data sits below the chart ${where}`).toBeGreaterThanOrEqual(view.svg.bottom);
        expect(view.more.bottom, where).toBeLessThanOrEqual(view.height + 0.5);
      }
    });
  }
}

test('the heights on each chart page follow the code when the title is left out', async ({ page, baseURL }) => {
  for (const id of CHART_IDS) {
    await page.goto(`${baseURL}/charts/${id}/`);
    const kit = page.locator('#share');
    const shown = async () => ({
      column: Number(await kit.locator('[data-height="column"]').textContent()),
      code: Number((await kit.getByRole('textbox', { name: 'Embed code' }).inputValue()).match(/ height="(\d+)"/)![1]),
    });
    const withTitle = await shown();
    expect(withTitle.column, id).toBe(withTitle.code);
    await kit.getByLabel('Show the title').uncheck();
    await expect.poll(async () => (await shown()).code, `${id}: leaving the title out must lower the height`).toBeLessThan(withTitle.code);
    const without = await shown();
    expect(without.column, id).toBe(without.code);
  }
});
