import { builtChartIds } from './built-charts';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { embedCodeFor, embedFrame, frameView, hostPage, startHost, type Host } from './embed-host';

const CHART_IDS = builtChartIds();

/** A listener written the way Datawrapper's published snippet works: match by event.source. */
const DATAWRAPPER_LISTENER = `<script>
window.addEventListener('message', function (e) {
  var h = e.data && e.data['datawrapper-height'];
  if (!h) return;
  var frames = document.querySelectorAll('iframe');
  for (var key in h) for (var i = 0; i < frames.length; i++)
    if (frames[i].contentWindow === e.source) frames[i].style.height = h[key] + 'px';
});
</script>`;

let host: Host;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(() => host.close());

/** The code with a height far too small, so only a working resizer can make it fit. */
const WRONG_HEIGHT = 150;
const tooShort = (code: string) => code.replace(/ height="\d+"/, ` height="${WRONG_HEIGHT}"`);

/** The host's resizer has grown the frame until the embed shows everything at its natural size. */
async function resizedToFit(page: Page): Promise<void> {
  const iframe = page.locator('iframe[data-sidestepped-embed]');
  const frame = await embedFrame(page);
  await expect.poll(async () => (await iframe.boundingBox())!.height).toBeGreaterThan(WRONG_HEIGHT * 2);
  // Settled: the chart at its natural shape, every note and the source line shown, nothing to scroll.
  await expect
    .poll(async () => {
      const v = await frameView(frame);
      return { natural: Math.abs(v.svgBoxRatio - 1) < 0.01, foot: v.foot.every((f) => f.shown), scroll: v.scrollY <= 0 };
    })
    .toEqual({ natural: true, foot: true, scroll: true });
  const v = await frameView(frame);
  expect(v.slack, 'the resized frame leaves a blank band').toBeLessThanOrEqual(40);
}

for (const width of [360, 900]) {
  for (const id of CHART_IDS) {
    test(`${id} embedded on another origin at ${width} px resizes with our host script`, async ({ page, baseURL }) => {
      await page.setViewportSize({ width, height: 800 });
      host.set(hostPage(`<h1>A teacher’s page</h1>${tooShort(embedCodeFor(id, baseURL!, true))}<p>After the chart.</p>`));
      await page.goto(host.url());
      await resizedToFit(page);
    });
  }
  test(`an embed on another origin at ${width} px resizes with a Datawrapper-style listener`, async ({ page, baseURL }) => {
    await page.setViewportSize({ width, height: 800 });
    host.set(hostPage(`<h1>A blog</h1>${tooShort(embedCodeFor('partners-map', baseURL!, false))}${DATAWRAPPER_LISTENER}`));
    await page.goto(host.url());
    await resizedToFit(page);
  });
}

test('the embed posts its height in all three shapes and ignores messages sent to it', async ({ page, baseURL }) => {
  // The host logs what our iframe posts (got) apart from any other message (others).
  host.set(
    hostPage(
      `<script>window.got=[];window.others=[];addEventListener('message',function(e){var f=document.querySelector('iframe');(f&&e.source===f.contentWindow?got:others).push(e.data)});</script>${tooShort(embedCodeFor('russoft-survey', baseURL!, true))}`,
    ),
  );
  type Logs = { got: Record<string, unknown>[]; others: unknown[] };
  const logs = () => page.evaluate(() => ({ got: (window as unknown as Logs).got, others: (window as unknown as Logs).others }));
  await page.goto(host.url());
  const frame = await embedFrame(page);
  const iframe = page.locator('iframe[data-sidestepped-embed]');
  // Settled: the frame has the height the embed last posted.
  await expect
    .poll(async () => {
      const { got } = await logs();
      const last = got.filter((m) => m['type'] === 'sidestepped:height').at(-1)?.['height'];
      return last !== undefined && Math.abs((await iframe.boundingBox())!.height - Number(last)) < 1;
    })
    .toBe(true);
  const { got } = await logs();
  expect(got).toContainEqual(expect.objectContaining({ type: 'sidestepped:height', chart: 'russoft-survey' }));
  expect(got.some((m) => typeof m['datawrapper-height'] === 'object')).toBe(true);
  expect(got).toContainEqual(expect.objectContaining({ sentinel: 'amp', type: 'embed-size' }));
  const before = (await iframe.boundingBox())!.height;
  // Hostile messages: into the embed, and to the host page from a window that is not our iframe
  // (the host script must ignore both). Each batch ends with a marker; once the marker has
  // arrived, every message before it has been handled (messages from one window to another
  // arrive in order), so there is nothing to wait for.
  await frame.evaluate(() => {
    (window as unknown as { seen: unknown[] }).seen = [];
    addEventListener('message', (e) => (window as unknown as { seen: unknown[] }).seen.push(e.data));
  });
  await page.evaluate(() => {
    const f = document.querySelector('iframe')!;
    f.contentWindow!.postMessage({ type: 'sidestepped:height', chart: 'russoft-survey', height: 5 }, '*');
    f.contentWindow!.postMessage('<img src=x onerror=alert(1)>', '*');
    f.contentWindow!.postMessage('marker', '*');
    window.postMessage({ type: 'sidestepped:height', chart: 'russoft-survey', height: 5 }, '*');
    window.postMessage({ 'datawrapper-height': { 'russoft-survey': 5 } }, '*');
    window.postMessage('marker', '*');
  });
  await expect.poll(() => frame.evaluate(() => (window as unknown as { seen: unknown[] }).seen.includes('marker'))).toBe(true);
  await expect.poll(async () => (await logs()).others.includes('marker')).toBe(true);
  expect((await iframe.boundingBox())!.height).toBe(before);
  // The embed answered none of them.
  expect((await logs()).got.length).toBe(got.length);
});

test('an embed page opened on its own, not in a frame, keeps the chart at its natural size and scrolls', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  for (const id of CHART_IDS) {
    await page.goto(`${baseURL}/embed/${id}/`);
    const view = await frameView(page.mainFrame());
    expect(view.svgBoxRatio, `${id}: shrunk to the window`).toBeCloseTo(1, 2);
    expect(view.smallestText, id).toBeGreaterThanOrEqual(12);
    expect(view.foot.every((f) => f.shown), `${id}: a note or the source line is hidden`).toBe(true);
  }
});

test('bad query options fall back to the defaults without errors', async ({ watched, problems }) => {
  await watched.goto('/embed/partners-map/?theme=purple&title=maybe&view=satellite&x=%3Cscript%3E');
  await expect(watched.locator('html')).not.toHaveAttribute('data-theme', /./);
  await expect(watched.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(watched.locator('figure[data-chart]')).toHaveAttribute('data-view', 'group');
  expect(problems).toEqual([]);
});

test('valid query options apply: dark theme, no title, the formal view', async ({ watched, problems }) => {
  await watched.goto('/embed/partners-map/?theme=dark&title=0&view=formal');
  await expect(watched.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(watched.getByRole('heading', { level: 1 })).toBeHidden();
  await expect(watched.locator('figure[data-chart]')).toHaveAttribute('data-view', 'formal');
  expect(problems).toEqual([]);
});

test('only embed pages may be framed by other sites', async ({ page, baseURL }) => {
  host.set(`<!doctype html><html lang="en"><body><script>window.loaded={};</script>
    <iframe id="embed" src="${baseURL}/embed/timeline/" title="embed" onload="loaded.embed=true"></iframe>
    <iframe id="page" src="${baseURL}/charts/timeline/" title="page" onload="loaded.page=true"></iframe></body></html>`);
  await page.goto(host.url());
  await expect(page.frameLocator('#embed').locator('figure[data-chart="timeline"]')).toBeVisible();
  // A blocked frame still fires "load", on an error page that never gets our document.
  await page.waitForFunction(() => (window as unknown as { loaded: Record<string, boolean> }).loaded['page'] === true);
  expect(await page.frameLocator('#page').locator('figure[data-chart]').count()).toBe(0);
});
