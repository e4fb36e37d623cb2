import { builtChartIds, chartName, widthsFor } from './built-charts';
import { builtLangs } from './pages';
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
async function resizedToFit(page: Page, selector = 'iframe[data-sidestepped-embed]'): Promise<void> {
  const iframe = page.locator(selector);
  const frame = await embedFrame(page, selector);
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

// Other languages at the narrower width only: the protocol is the same, their heights are their own.
for (const lang of builtLangs()) for (const width of widthsFor(lang, [360, 900])) {
  for (const id of CHART_IDS) {
    test(`${chartName({ id, lang })} embedded on another origin at ${width} px resizes with our host script`, async ({ page, baseURL }) => {
      await page.setViewportSize({ width, height: 800 });
      host.set(hostPage(`<h1>A teacher’s page</h1>${tooShort(embedCodeFor(id, baseURL!, true, undefined, lang))}<p>After the chart.</p>`));
      await page.goto(host.url());
      await resizedToFit(page);
    });
  }
  test(`${chartName({ id: 'an embed', lang })} on another origin at ${width} px resizes with a Datawrapper-style listener`, async ({ page, baseURL }) => {
    await page.setViewportSize({ width, height: 800 });
    host.set(hostPage(`<h1>A blog</h1>${tooShort(embedCodeFor('partners-map', baseURL!, false, undefined, lang))}${DATAWRAPPER_LISTENER}`));
    await page.goto(host.url());
    await resizedToFit(page);
  });
}

// A story step's caption comes in after load (it is fetched): the height posted then includes it.
for (const lang of builtLangs())
  test(`the map's step embed (${lang}) on another origin at 360 px resizes with our host script to show its caption`, async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    const code = embedCodeFor('partners-map', baseURL!, true, undefined, lang).replace(/(src="[^"?]+)"/, '$1?step=china"');
    host.set(hostPage(`<h1>A teacher’s page</h1>${tooShort(code)}<p>After the chart.</p>`));
    await page.goto(host.url());
    const frame = await embedFrame(page);
    await expect(frame.locator('figure[data-step-applied]')).toBeAttached();
    await resizedToFit(page);
    const caption = await frame.evaluate(() => {
      const c = document.querySelector<HTMLElement>('[data-step-caption]')!;
      return { hidden: c.hidden, bottom: c.getBoundingClientRect().bottom, height: innerHeight };
    });
    expect(caption.hidden).toBe(false);
    expect(caption.bottom, 'the caption is cut off').toBeLessThanOrEqual(caption.height);
  });

test('our host script gives each embed the height it posts, in all three shapes, and ignores heights from anywhere else', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 640, height: 800 });
  // Two of our embeds, each too short, and a frame on the host's own origin that claims to be one
  // of ours (a host page may mark any frame): the host script must trust only our origin.
  // The host logs every message with the frame it came from ("window" for none of them).
  const charts = ['russoft-survey', 'timeline'] as const;
  host.set(
    hostPage(
      `<script>window.log=[];addEventListener('message',function(e){var f=[].find.call(document.querySelectorAll('iframe'),function(f){return f.contentWindow===e.source});log.push({from:f?f.getAttribute('data-sidestepped-embed'):'window',data:e.data})});</script>` +
        charts.map((id) => tooShort(embedCodeFor(id, baseURL!, true))).join('') +
        `<iframe data-sidestepped-embed="impostor" title="not ours" height="100" srcdoc="<p>A frame of the host page"></iframe>`,
    ),
  );
  type Logged = { from: string; data: Record<string, unknown> | string };
  const log = () => page.evaluate(() => (window as unknown as { log: Logged[] }).log);
  const sent = (entries: Logged[], id: string) => entries.filter((m) => m.from === id).map((m) => m.data as Record<string, unknown>);
  const frameOf = (id: string) => `iframe[data-sidestepped-embed="${id}"]`;
  const heightOf = async (id: string) => (await page.locator(frameOf(id)).boundingBox())!.height;
  await page.goto(host.url());

  for (const id of charts) {
    // Settled: the frame has grown from the wrong height to the last height its embed posted,
    // and at that height the embed shows everything at its natural size (so that height is right).
    await expect
      .poll(async () => {
        const last = sent(await log(), id).filter((m) => m['type'] === 'sidestepped:height').at(-1)?.['height'];
        return typeof last === 'number' && last > WRONG_HEIGHT && Math.abs((await heightOf(id)) - last) < 1;
      }, `${id}: the frame takes the height its embed posts`)
      .toBe(true);
    await resizedToFit(page, frameOf(id));
  }
  const before = Object.fromEntries(await Promise.all([...charts, 'impostor'].map(async (id) => [id, await heightOf(id)] as const)));
  // Each frame got its own height, not the other's.
  expect(before['russoft-survey']).not.toBe(before['timeline']);
  // The same last height in the three shapes hosts listen for.
  for (const id of charts) {
    const posted = sent(await log(), id);
    const lastOf = (pick: (m: Record<string, unknown>) => unknown) => posted.map(pick).filter((h) => typeof h === 'number').at(-1);
    const heights = [
      lastOf((m) => (m['type'] === 'sidestepped:height' && m['chart'] === id ? m['height'] : undefined)),
      lastOf((m) => (m['datawrapper-height'] as Record<string, unknown> | undefined)?.[id]),
      lastOf((m) => (m['sentinel'] === 'amp' && m['type'] === 'embed-size' ? m['height'] : undefined)),
    ];
    expect(heights, `${id}: sidestepped, Datawrapper and AMP heights`).toEqual([before[id], before[id], before[id]]);
  }

  // Plausible heights (the script would apply 777 from our iframe) from everywhere else: into our
  // embed, from the host page itself, and from the impostor frame on the host's origin. Each batch
  // ends with a marker; messages from one window to another arrive in order, and every listener
  // of a message (the host script's too) has run once the host's log holds it.
  const claim = { type: 'sidestepped:height', chart: 'russoft-survey', height: 777 };
  const postedSoFar = (await log()).length;
  const embed = await embedFrame(page, frameOf('russoft-survey'));
  await embed.evaluate(() => {
    (window as unknown as { seen: unknown[] }).seen = [];
    addEventListener('message', (e) => (window as unknown as { seen: unknown[] }).seen.push(e.data));
  });
  await page.evaluate((claim) => {
    const f = document.querySelector<HTMLIFrameElement>('iframe[data-sidestepped-embed="russoft-survey"]')!;
    f.contentWindow!.postMessage(claim, '*');
    f.contentWindow!.postMessage('<img src=x onerror=alert(1)>', '*');
    f.contentWindow!.postMessage('marker', '*');
    window.postMessage(claim, '*');
    window.postMessage({ 'datawrapper-height': { 'russoft-survey': 777 } }, '*');
    window.postMessage('marker', '*');
  }, claim);
  const impostor = page.frames().find((f) => f.url() === 'about:srcdoc')!;
  await impostor.evaluate((claim) => {
    parent.postMessage(claim, '*');
    parent.postMessage({ ...claim, chart: 'impostor' }, '*');
    parent.postMessage('marker', '*');
  }, claim);
  await expect.poll(() => embed.evaluate(() => (window as unknown as { seen: unknown[] }).seen.includes('marker'))).toBe(true);
  await expect
    .poll(async () => (await log()).filter((m) => m.data === 'marker').map((m) => m.from).sort())
    .toEqual(['impostor', 'window']);
  for (const id of [...charts, 'impostor']) expect(await heightOf(id), `${id} was resized by a message not from it`).toBe(before[id]);
  // The embed answered none of the messages sent to it.
  expect((await log()).slice(postedSoFar).filter((m) => m.from === 'russoft-survey')).toEqual([]);
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
