/**
 * The map story, as a reader meets it: every step reached by scrolling, by the buttons and by the
 * keyboard shows exactly its map state (lit marks, faded marks, labels, view, frame); links open
 * their step; JavaScript off shows every step's text and the full map; stepping moves nothing.
 * Steps come from the data (content/data/story-partners.json), pages and languages from the build,
 * expected frames from the map's own frame code at the SVG's size.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { builtArticles, builtPages } from './pages';
import { embedFrame, frameView, hostPage, startHost, type Host } from './embed-host';
import { frameBoxes, viewBoxOf } from '../../src/charts/partners-map/partners-map.frames';
import type { ChartLayoutName } from '../../src/charts/types';

interface Step {
  id: string;
  view: string;
  frame: 'world' | 'central-asia' | 'south-east-asia';
  highlight: string[];
  labels: string[];
}
const STEPS = (JSON.parse(readFileSync('content/data/story-partners.json', 'utf8')) as { steps: Step[] }).steps;
const STORY_PAGES = builtArticles().filter((a) => readFileSync(`dist${a.path}index.html`, 'utf8').includes('chart-figure is-story'));
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const sorted = (a: readonly string[]) => [...new Set(a)].sort();

test('the build has the story in every language that has the partners article', () => {
  expect(STORY_PAGES.length).toBeGreaterThan(1);
});

/** What the visible drawing shows now. */
function mapState(page: Page) {
  return page.evaluate(() => {
    const fig = document.querySelector<HTMLElement>('figure.is-story')!;
    const holder = [...fig.querySelectorAll<HTMLElement>('.chart-svg')].find((d) => getComputedStyle(d).display !== 'none')!;
    const svg = holder.querySelector('svg')!;
    const marks = [...svg.querySelectorAll('[data-mark]')];
    const id = (m: Element) => m.getAttribute('data-mark')!;
    const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    const sorted = (a: readonly string[]) => [...new Set(a)].sort();
    return {
      page: {
        layout: svg.getAttribute('data-layout')!,
        width: Number(svg.getAttribute('width')),
        height: Number(svg.getAttribute('height')),
        all: marks.map(id),
        subjects: marks.filter((m) => m.getAttribute('data-group') === 'subject').map(id),
      },
      now: {
        current: fig.querySelector('.story-step[aria-current="step"]')?.getAttribute('data-step') ?? null,
        view: fig.getAttribute('data-view'),
        lit: sorted(marks.filter((m) => m.classList.contains('is-lit')).map(id)),
        faded: sorted(marks.filter((m) => m.classList.contains('is-faded')).map(id)),
        labels: sorted([...svg.querySelectorAll('[data-label-for]')].filter(shown).map((l) => l.getAttribute('data-label-for')!)),
        viewBox: svg.getAttribute('viewBox')!,
      },
    };
  });
}
type Drawing = Awaited<ReturnType<typeof mapState>>['page'];

/** What a step's state must be on this drawing: its marks lit, every other partner faded (Russia never), its labels, view and frame. */
const expected = (step: Step, d: Drawing) => ({
  current: step.id,
  view: step.view,
  lit: sorted(step.highlight),
  faded: sorted(d.all.filter((m) => !step.highlight.includes(m) && !d.subjects.includes(m))),
  labels: sorted(step.labels),
  viewBox: viewBoxOf(frameBoxes(d.layout as ChartLayoutName, d)[step.frame]),
});

async function expectStep(page: Page, step: Step) {
  const want = expected(step, (await mapState(page)).page);
  await expect.poll(() => mapState(page).then((s) => s.now)).toEqual(want);
  // The figure's live region names the step, once.
  const title = (await page.locator(`#step-${step.id} .story-step-title`).textContent())!.trim();
  const live = page.locator('figure.is-story [data-chart-live]');
  await expect.poll(() => live.textContent()).toContain(title);
  expect(((await live.textContent()) ?? '').split(title).length - 1).toBe(1);
}


/** Two frames: any IntersectionObserver report of a scroll that just happened has been delivered. */
const settled = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** The current step once the scroll that brought the nav into view has been reported (it is the same two frames apart). */
async function storyAtRest(page: Page): Promise<string | null> {
  let start: string | null = null;
  await expect
    .poll(async () => {
      start = (await mapState(page)).now.current;
      await settled(page);
      return (await mapState(page)).now.current === start;
    })
    .toBe(true);
  return start;
}

/**
 * Walks every step with the nav: forward from wherever the story is (bringing the nav into view
 * may already have scrolled a step onto the reading line), then back to the first.
 */
async function walkWithNav(page: Page, press: (which: 'next' | 'prev') => Promise<void>, after?: () => Promise<void>) {
  const start = await storyAtRest(page);
  const from = start ? STEPS.findIndex((s) => s.id === start) : -1;
  for (let i = from + 1; i < STEPS.length; i++) {
    await press('next');
    await expectStep(page, STEPS[i]!);
    await after?.();
  }
  await expect(page.locator('[data-story="next"]')).toHaveAttribute('aria-disabled', 'true');
  for (let i = STEPS.length - 2; i >= 0; i--) {
    await press('prev');
    await expectStep(page, STEPS[i]!);
    await after?.();
  }
  await expect(page.locator('[data-story="prev"]')).toHaveAttribute('aria-disabled', 'true');
}

for (const { path, lang } of STORY_PAGES) {
  for (const width of [360, 1280]) {
    test.describe(`${path} at ${width} px`, () => {
      test.use({ viewport: { width, height: width < 600 ? 640 : 800 } });
      // Ten steps there and back, each waited for: longer than one page load.
      test.describe.configure({ timeout: 120_000 });

      // One walk for both: the same presses, the state after each and what moved on the way.
      test('each step by button shows exactly its map, shifts no layout, and the drawing keeps its box', async ({ watched: page, problems }) => {
        await page.goto(path);
        await page.evaluate(() => {
          const w = window as unknown as { shifts: number };
          w.shifts = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) w.shifts += (e as unknown as { value: number }).value;
          }).observe({ type: 'layout-shift' });
        });
        const box = () =>
          page.evaluate(() => {
            const holder = [...document.querySelectorAll<HTMLElement>('figure.is-story .chart-svg')].find((d) => getComputedStyle(d).display !== 'none')!;
            const r = holder.querySelector('svg')!.getBoundingClientRect();
            return `${Math.round(r.width)}×${Math.round(r.height)}`;
          });
        await page.locator('[data-story="next"]').scrollIntoViewIfNeeded();
        await settled(page);
        const first = await box();
        await walkWithNav(
          page,
          (which) => page.locator(`[data-story="${which}"]`).click(),
          async () => expect(await box()).toBe(first),
        );
        // Then by scrolling back up past the first step: the full map again, in the same box.
        await page.mouse.wheel(0, -400);
        for (let i = 0; i < 20; i++) await page.mouse.wheel(0, -300);
        await expect.poll(() => mapState(page).then((s) => s.now.current)).toBeNull();
        expect(await box()).toBe(first);
        // Read after a frame, so every shift of the last change has been reported.
        const shifts = await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r((window as unknown as { shifts: number }).shifts)))));
        expect(shifts).toBe(0);
        expect(problems).toEqual([]);
      });

      test('quick presses each move one step, and the reader’s own scrolling takes over at once', async ({ page }) => {
        await page.goto(path);
        await page.locator('[data-story="next"]').scrollIntoViewIfNeeded();
        const start = await storyAtRest(page);
        // Presses that come faster than the page scrolls: none is lost or undone by the scroll of another.
        const next = page.locator('[data-story="next"]');
        const from = STEPS.findIndex((s) => s.id === start);
        for (let i = from + 1; i < STEPS.length; i++) await next.click();
        await expectStep(page, STEPS.at(-1)!);
        // Back one step, and the reader scrolls up before that scroll has ended: the map follows the reader.
        await page.locator('[data-story="prev"]').click();
        for (let i = 0; i < 25; i++) await page.mouse.wheel(0, -400);
        await expect.poll(() => mapState(page).then((s) => s.now.current)).toBeNull();
      });

      test('each step by keyboard (Tab to the nav, Enter and Space) shows exactly its map', async ({ page }) => {
        await page.goto(path);
        await page.locator('[data-story="next"]').focus();
        await settled(page);
        let presses = 0;
        await walkWithNav(page, async (which) => {
          const button = page.locator(`[data-story="${which}"]`);
          if (!(await button.evaluate((b) => b === document.activeElement))) await page.keyboard.press(which === 'prev' ? 'Shift+Tab' : 'Tab');
          await expect(button).toBeFocused();
          await page.keyboard.press(presses++ % 2 ? 'Space' : 'Enter');
        });
      });

      test('each step by scrolling shows exactly its map, in order', async ({ page }) => {
        await page.goto(path);
        for (const step of STEPS) {
          // The reader scrolls on; the step becomes current when it reaches the reading line.
          await expect
            .poll(async () => {
              const { now } = await mapState(page);
              if (now.current !== step.id) await page.mouse.wheel(0, 90);
              return now.current;
            }, { timeout: 15_000, intervals: [60] })
            .toBe(step.id);
          await expectStep(page, step);
        }
      });

      test('a link to each step opens it, its heading in view below the drawing', async ({ page }) => {
        for (const step of STEPS) {
          await page.goto(`${path}#step-${step.id}`);
          await expectStep(page, step);
          const { top, bottom, stageBottom, beside } = await page.evaluate((id) => {
            const h = document.querySelector(`#step-${id} .story-step-title`)!.getBoundingClientRect();
            const stage = document.querySelector('.story-stage')!.getBoundingClientRect();
            const steps = document.querySelector('.story-steps')!.getBoundingClientRect();
            return { top: h.top, bottom: h.bottom, stageBottom: stage.bottom, beside: stage.left >= steps.right };
          }, step.id);
          expect(bottom).toBeLessThanOrEqual(page.viewportSize()!.height);
          expect(top).toBeGreaterThanOrEqual(beside ? 0 : stageBottom - 1);
        }
      });
    });
  }

  test.describe(`${path} on a busy phone`, () => {
    test.use({ viewport: { width: 1280, height: 800 } });
    test('a frame that began before the zoom was asked for never draws the box past its start', async ({ watched: page, problems }) => {
      // A frame's time is when it began, which under load can be before the press that started the tween.
      await page.addInitScript(() => {
        const raf = window.requestAnimationFrame.bind(window);
        window.requestAnimationFrame = (cb) => raf((t) => cb(t - 250));
      });
      await page.goto(path);
      // From the first zoomed step out to the whole map again: the zoom that ran backwards.
      const zoomed = STEPS.findIndex((s) => s.frame !== 'world');
      const out = STEPS[zoomed + 1]!;
      expect(out.frame).toBe('world');
      const drawn = page.locator('figure.is-story .chart-svg:visible svg');
      await page.evaluate((presses) => {
        for (let i = 0; i < presses; i++) document.querySelector<HTMLButtonElement>('[data-story="next"]')!.click();
      }, zoomed + 1);
      await expect(page.locator(`#step-${STEPS[zoomed]!.id}[aria-current="step"]`)).toBeAttached();
      const at = await drawn.evaluate((svg) => ({ layout: svg.getAttribute('data-layout')!, width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) }));
      const frames = frameBoxes(at.layout as ChartLayoutName, at);
      await expect(drawn).toHaveAttribute('viewBox', viewBoxOf(frames[STEPS[zoomed]!.frame]));
      await page.evaluate(() => {
        const svg = [...document.querySelectorAll<HTMLElement>('figure.is-story .chart-svg')].find((d) => getComputedStyle(d).display !== 'none')!.querySelector('svg')!;
        const w = window as unknown as { boxes: string[] };
        w.boxes = [];
        new MutationObserver(() => w.boxes.push(svg.getAttribute('viewBox') ?? '')).observe(svg, { attributes: true, attributeFilter: ['viewBox'] });
        document.querySelector<HTMLButtonElement>('[data-story="next"]')!.click();
      });
      await expect(drawn).toHaveAttribute('viewBox', viewBoxOf(frames[out.frame]));
      const boxes = await page.evaluate(() => (window as unknown as { boxes: string[] }).boxes);
      expect(boxes.length, 'the zoom is a tween, several boxes').toBeGreaterThan(1);
      for (const box of boxes) {
        const [, , width, height] = box.split(' ').map(Number);
        expect(width! > 0 && height! > 0, box).toBe(true);
      }
      expect(problems).toEqual([]);
    });
  });

  test.describe(`${path} with reduced motion`, () => {
    test.use({ reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } });
    test('each step’s frame is there at once, with no tween', async ({ page }) => {
      await page.goto(path);
      for (const step of STEPS) {
        const at = await page.evaluate(() => {
          document.querySelector<HTMLButtonElement>('[data-story="next"]')!.click();
          const svg = [...document.querySelectorAll<HTMLElement>('figure.is-story .chart-svg')].find((d) => getComputedStyle(d).display !== 'none')!.querySelector('svg')!;
          return { layout: svg.getAttribute('data-layout')!, width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')), viewBox: svg.getAttribute('viewBox') };
        });
        expect(at.viewBox, step.id).toBe(viewBoxOf(frameBoxes(at.layout as ChartLayoutName, at)[step.frame]));
      }
    });
  });

  test.describe(`${path} without JavaScript`, () => {
    test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 640 } });
    test('every step’s heading, passage and pointer in order, the full map and its table', async ({ page }) => {
      await page.goto(path);
      const steps = page.locator('figure.is-story .story-step');
      expect(await steps.evaluateAll((els) => els.map((e) => e.getAttribute('data-step')))).toEqual(STEPS.map((s) => s.id));
      for (const step of STEPS) {
        const section = page.locator(`#step-${step.id}`);
        await expect(section.locator('.story-step-title')).toBeVisible();
        await expect(section.locator('p').first()).toBeVisible();
        await expect(section.locator('.story-pointer')).toBeVisible();
      }
      expect(await page.locator('figure.is-story .is-faded, figure.is-story .is-lit, figure.is-story .is-label-off').count()).toBe(0);
      const { page: d, now } = await mapState(page);
      expect(now.viewBox).toBe(viewBoxOf(frameBoxes(d.layout as ChartLayoutName, d).world));
      expect(now.current).toBeNull();
      await expect(page.locator('figure.is-story table')).toBeAttached();
      await expect(page.locator('.story-nav')).toBeHidden();
    });
  });

  for (const theme of ['light', 'dark'] as const)
    for (const width of [320, 1280])
      test.describe(`${path}, ${theme} theme, ${width} px`, () => {
        test.use({ colorScheme: theme, viewport: { width, height: 700 } });
        test(`axe finds no WCAG 2.2 A/AA violation at a zoomed step (${lang})`, async ({ page }) => {
          const zoomed = STEPS.find((s) => s.frame !== 'world')!;
          await page.goto(`${path}#step-${zoomed.id}`);
          await expectStep(page, zoomed);
          const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
          expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`)).toEqual([]);
        });
      });
}

/** The map's embed in every language built, with its chart page (whose published heights the codes carry). */
const STEP_EMBEDS = builtPages()
  .filter((p) => /^\/(?:[^/]+\/)?embed\/partners-map\/$/.test(p))
  .map((embed) => ({ embed, chartPage: embed.replace('/embed/', '/charts/') }));

test.describe('step embeds', () => {
  test.describe.configure({ timeout: 120_000 });
  let host: Host;
  test.beforeAll(async () => {
    host = await startHost();
  });
  test.afterAll(() => host.close());

  test('the build has the map embed in every language', () => {
    expect(STEP_EMBEDS.length).toBe(STORY_PAGES.length);
  });

  for (const { embed, chartPage } of STEP_EMBEDS)
    for (const width of [360, 640])
      test(`${embed}?step=<id> at ${width} px, framed at its published step height: each step's map and caption fit, the map at its size`, async ({ page, baseURL }) => {
        const html = await (await page.request.get(`${baseURL}${chartPage}`)).text();
        const attr = (name: string) => JSON.parse(html.match(new RegExp(`${name}="([^"]+)"`))![1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as unknown;
        const heights = attr('data-fallback-heights') as { withTitle: { phone: number; column: number } };
        // What a step's code adds for its caption (the share kit's data, as the dialog's code uses it).
        const { stepCaption } = attr('data-share-kit') as { stepCaption?: { phone: number; column: number } };
        const at = width < 600 ? 'phone' : 'column';
        const height = heights.withTitle[at];
        const stepHeight = height + (stepCaption?.[at] ?? 0);
        await page.setViewportSize({ width, height: stepHeight + 100 });
        // The full map first, in its own published height: what a step's taller frame must still show.
        let fullMap = { svg: 0, foot: 0 };
        for (const step of [{ id: 'no-such-step' } as Step, ...STEPS]) {
          const frameHeight = step.id === 'no-such-step' ? height : stepHeight;
          host.set(hostPage(`<iframe data-sidestepped-embed src="${baseURL}${embed}?step=${step.id}" width="${width}" height="${frameHeight}" style="border:0"></iframe>`));
          await page.goto(host.url());
          const frame = await embedFrame(page);
          // A step's caption is fetched: the figure says when the step is in (an unknown step never is).
          if (step.id !== 'no-such-step') await expect(frame.locator('figure[data-step-applied]')).toBeVisible();
          const view = await frameView(frame);
          const shown = await frame.evaluate(() => {
            const fig = document.querySelector('figure[data-chart]')!;
            const svg = [...fig.querySelectorAll<SVGSVGElement>('.chart-svg > svg')].find((s) => s.getBoundingClientRect().height > 0)!;
            const caption = document.querySelector<HTMLElement>('[data-step-caption]')!;
            const r = caption.getBoundingClientRect();
            return {
              lit: [...new Set([...svg.querySelectorAll('[data-mark].is-lit')].map((m) => m.getAttribute('data-mark')!))].sort(),
              faded: svg.querySelectorAll('.is-faded').length,
              caption: caption.hidden ? null : { text: caption.textContent ?? '', top: r.top, bottom: r.bottom },
            };
          });
          const where = `?step=${step.id}`;
          expect(view.scrollY, `scrolls inside the frame (${where})`).toBeLessThanOrEqual(0);
          expect(view.scrollX, where).toBeLessThanOrEqual(0);
          expect(view.svg.height, `the map has shrunk to nothing (${where})`).toBeGreaterThanOrEqual(48);
          expect(view.more.bottom, where).toBeLessThanOrEqual(view.height + 0.5);
          if (step.id === 'no-such-step') {
            // An unknown step falls back to the full map, without a caption.
            expect(shown).toEqual({ lit: [], faded: 0, caption: null });
            fullMap = { svg: view.svg.height, foot: view.foot.filter((f) => f.shown).length };
            continue;
          }
          // The published height leaves room for the caption: the map keeps its size and the notes stay.
          expect(view.svg.height, `the caption squeezes the map (${where})`).toBeGreaterThanOrEqual(fullMap.svg - 1);
          expect(view.foot.filter((f) => f.shown).length, `the caption pushes notes out (${where})`).toBe(fullMap.foot);
          expect(shown.lit, where).toEqual(sorted(step.highlight));
          expect(shown.caption, `no caption (${where})`).not.toBeNull();
          // The step's own title, as the article words it, leads the caption.
          const { templates } = (await page.request.get(`${baseURL}${embed}steps.json`).then((r) => r.json())) as { templates: string };
          const title = templates.match(new RegExp(`<template[^>]*data-step="${step.id}"[^>]*><p class="embed-step-title">([^<]*)</p>`))?.[1];
          expect(title, `the step captions file has no ${step.id}`).toBeTruthy();
          expect((await frame.locator('[data-step-caption] > :first-child').textContent())?.trim(), where).toBe(title);
          expect(shown.caption!.top, where).toBeGreaterThanOrEqual(view.svg.bottom - 0.5);
          expect(shown.caption!.bottom, `the caption does not fit the frame (${where})`).toBeLessThanOrEqual(view.more.top + 0.5);
        }
      });
});

/** What the embed dialog's code says: its URL's query and its height. */
const codeParts = (code: string) => ({
  query: new URL(code.match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, '&')).search,
  height: Number(code.match(/height="(\d+)"/)![1]),
});

for (const { path, lang } of STORY_PAGES)
  test(`${path}: the map's embed dialog offers each story step by its title, and its code embeds that step with room for the caption (${lang})`, async ({ watched: page, problems }) => {
    await page.goto(path);
    const titles = await page.locator('figure.is-story .story-step .story-step-title').allTextContents();
    const figure = page.locator('figure[data-chart="partners-map"]');
    await expect(figure).toHaveAttribute('data-enhanced', 'true');
    await figure.locator('[data-share-open]').click();
    const dialog = page.getByRole('dialog');
    const choice = dialog.locator('select[data-name="step"]');
    await expect(choice).toBeVisible();
    const labels = await choice.locator('option').allTextContents();
    // First the whole map, then every step in the story's order, named as the article names it.
    expect(labels.slice(1).map((l) => l.trim())).toEqual(titles.map((t) => t.trim()));
    const code = dialog.locator('textarea[id$="-code"]');
    const whole = codeParts(await code.inputValue());
    expect(whole.query).not.toContain('step=');
    for (const step of STEPS) {
      await choice.selectOption(step.id);
      await expect.poll(async () => new URLSearchParams(codeParts(await code.inputValue()).query).get('step')).toBe(step.id);
      expect(codeParts(await code.inputValue()).height, step.id).toBeGreaterThan(whole.height);
    }
    await choice.selectOption('');
    await expect.poll(async () => codeParts(await code.inputValue())).toEqual(whole);
    expect(problems).toEqual([]);
  });

test('a step embed with an explicit view= shows that view: the code’s options win over the step’s', async ({ page }) => {
  // (A code names a view only when it is not the default, as the dialog writes it.)
  const grouped = STEPS.find((s) => s.view !== 'formal')!;
  const embed = STEP_EMBEDS[0]!.embed;
  await page.goto(`${embed}?step=${grouped.id}&view=formal`);
  await expect(page.locator('figure[data-step-applied]')).toBeAttached();
  await expect(page.locator('figure[data-chart="partners-map"]')).toHaveAttribute('data-view', 'formal');
  await expect(page.locator('[data-step-caption]')).toBeVisible();
});
