import type { Locator, Page } from '@playwright/test';
import { test as watchedTest, expect } from './fixtures';
import { builtChartsInEveryLang, chartName } from './built-charts';
import { inLangPath, rootLang } from './pages';

/**
 * What a reader notices in the charts: the right layout without JavaScript, readable text on a
 * phone, tooltips by mouse, touch and keyboard, arrow-key travel, the map's and the budget's
 * controls, no errors, and no jump when the scripts arrive. (axe runs in a11y.spec.ts.)
 */

/** The watched page also reports CSP violations as console errors, so `problems` collects them. */
const test = watchedTest.extend({
  watched: async ({ watched }, use) => {
    await watched.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
      );
    });
    await use(watched);
  },
});

/**
 * Every chart the build placed in every language (read from dist/, so a new chart or language is
 * covered), with where a reader meets it.
 */
const CHARTS = builtChartsInEveryLang().map((c) => ({ id: c.id, lang: c.lang, name: chartName(c), article: c.home }));
type Chart = (typeof CHARTS)[number];
const ROOT_LANG = rootLang();

/** Every place a chart is shown in its language: its article, its own page and its embed. */
const placesOf = (c: Chart) => [...new Set([c.article, inLangPath(c.lang, `/charts/${c.id}/`), inLangPath(c.lang, `/embed/${c.id}/`)])];

const WIDTHS = [
  { width: 360, layout: 'narrow' },
  { width: 1280, layout: 'wide' },
] as const;

const figureOf = (page: Page, id: string) => page.locator(`figure[data-chart="${id}"]`);
const tipOf = (figure: Locator) => figure.getByRole('tooltip', { includeHidden: true });

interface Mark {
  id: string;
  title: string;
  body: string;
}

/** The marks of one layout in keyboard-travel order (data-order, else document order). */
async function marksOf(figure: Locator, layout: 'wide' | 'narrow'): Promise<Mark[]> {
  return figure.locator(`.chart-svg--${layout} svg`).evaluate((svg) =>
    [...svg.querySelectorAll('[data-mark]')]
      .map((m, i) => ({ m, i, order: Number(m.getAttribute('data-order') ?? 0) }))
      .sort((a, b) => a.order - b.order || a.i - b.i)
      .map(({ m }) => {
        // Tooltip text stands once per figure: on this mark, or on its twin in the other layout.
        const id = m.getAttribute('data-mark') ?? '';
        const t = m.hasAttribute('data-tip-title') ? m : m.closest('figure')?.querySelector(`[data-mark="${CSS.escape(id)}"][data-tip-title]`);
        return { id, title: t?.getAttribute('data-tip-title') ?? '', body: t?.getAttribute('data-tip-body') ?? '' };
      }),
  );
}

const markLocator = (figure: Locator, layout: 'wide' | 'narrow', id: string) => figure.locator(`.chart-svg--${layout} [data-mark="${id}"]`);

/** The tooltip is shown and says what the mark's data says. */
async function expectTipShows(figure: Locator, mark: Mark): Promise<void> {
  const tip = tipOf(figure);
  await expect(tip).toBeVisible();
  await expect(tip.locator('.chart-tip-title')).toHaveText(mark.title);
  await expect(tip.locator('.chart-tip-body')).toHaveText(mark.body);
}

/**
 * A point on the mark (in the viewport, after scrolling it into view) where the mark itself, not a
 * label, another mark or the background, is what the pointer hits, with 2 px to spare all round:
 * the centre of a country's box can be sea, and a point on an outline's edge can hit either side.
 */
async function pointOn(mark: Locator): Promise<{ x: number; y: number }> {
  await mark.scrollIntoViewIfNeeded();
  const point = await mark.evaluate((m) => {
    const r = m.getBoundingClientRect();
    const hits = (x: number, y: number) => {
      const hit = document.elementFromPoint(x, y);
      return hit !== null && (hit === m || m.contains(hit));
    };
    const steps = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9];
    for (const fy of steps)
      for (const fx of steps) {
        const x = Math.round(r.left + r.width * fx);
        const y = Math.round(r.top + r.height * fy);
        if (
          [
            [0, 0],
            [2, 0],
            [-2, 0],
            [0, 2],
            [0, -2],
          ].every(([dx, dy]) => hits(x + dx!, y + dy!))
        )
          return { x, y };
      }
    return null;
  });
  expect(point, 'the mark can be reached by a pointer somewhere').not.toBeNull();
  return point!;
}

/**
 * Puts focus on the last tab stop before the chart's drawing (a control, or a link in the text
 * above), then presses Tab once, as a keyboard reader arriving at the chart would.
 */
async function tabIntoChart(page: Page, figure: Locator): Promise<void> {
  const focused = await figure.locator('.chart-frame').evaluate((frame) => {
    const tabbable = [...document.querySelectorAll<HTMLElement>('a[href], button, summary, input, select, textarea, [tabindex]')].filter(
      (el) =>
        el.tabIndex >= 0 &&
        el.checkVisibility({ visibilityProperty: true }) &&
        !el.closest('dialog:not([open])') &&
        el.compareDocumentPosition(frame) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    tabbable.at(-1)?.focus();
    return document.activeElement === tabbable.at(-1);
  });
  expect(focused, 'something before the chart takes focus').toBe(true);
  await page.keyboard.press('Tab');
}

/**
 * Goes to a path, first letting the current page finish its late requests (the web fonts) so
 * that leaving it aborts nothing the `watched` fixture would report.
 */
async function visit(page: Page, path: string): Promise<void> {
  if (page.url() !== 'about:blank') await page.waitForLoadState('networkidle');
  await page.goto(path);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const focusedMark = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-mark') ?? null);

/** Heights of every chart figure on the page once web fonts are in and a frame has painted. */
const figureHeights = (page: Page) =>
  page.evaluate(async () => {
    const figures = () => [...document.querySelectorAll('figure[data-chart]')];
    figures().forEach((f) => f.getBoundingClientRect());
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return Object.fromEntries(figures().map((f) => [f.getAttribute('data-chart') ?? '', f.getBoundingClientRect().height])) as Record<
      string,
      number
    >;
  });

/** Rendered size in CSS px of every visible SVG text of the figure (font-size × the SVG's scale). */
const renderedTextSizes = (figure: Locator) =>
  figure.evaluate((f) =>
    [...f.querySelectorAll<SVGTextElement>('.chart-svg svg text')]
      .filter((t) => t.textContent?.trim() && t.getClientRects().length > 0 && t.checkVisibility({ visibilityProperty: true }))
      .map((t) => ({
        text: t.textContent!.trim(),
        px: Math.round(parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 0) * 100) / 100,
      })),
  );

// ---------------------------------------------------------------------------------------------
test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const chart of CHARTS) {
    // Which layout shows depends on the width alone: the other languages are checked at the phone's.
    for (const { width, layout } of WIDTHS.filter((w) => chart.lang === ROOT_LANG || w.layout === 'narrow')) {
      test(`${chart.name} shows only its ${layout} layout at ${width} px, with its summary, wherever it is shown`, async ({
        watched: page,
        problems,
      }) => {
        await page.setViewportSize({ width, height: 900 });
        for (const path of placesOf(chart)) {
          await visit(page, path);
          const figure = figureOf(page, chart.id);
          const shown = figure.locator('.chart-svg svg:visible');
          await expect(shown, `${path}: one layout shows`).toHaveCount(1);
          await expect(shown, path).toHaveAttribute('data-layout', layout);
          await expect(figure.locator(`.chart-svg--${layout === 'wide' ? 'narrow' : 'wide'}`), path).toBeHidden();

          // Until the script makes its marks focusable, the drawing is left to the summary read
          // before it (and the table after it); chart-reading.spec.ts checks the reading order.
          await expect(shown.locator('xpath=..')).toHaveAttribute('aria-hidden', 'true');
          const title = (await figure.locator('.chart-title').textContent())?.trim() ?? '';
          expect(title.length).toBeGreaterThan(10);
          const description = (await figure.locator(`#chart-${chart.id}-desc`).textContent())?.trim() ?? '';
          expect(description.length, `${path}: the description says something`).toBeGreaterThan(60);
        }
        expect(problems).toEqual([]);
      });
    }

    test(`${chart.name} keeps its data in a table behind a disclosure, with every mark’s figures in its rows`, async ({ watched: page, problems }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(chart.article);
      const figure = figureOf(page, chart.id);
      const disclosure = figure.locator('details.chart-data');
      const rows = disclosure.locator('tbody tr');
      const marks = await marksOf(figure, 'wide');
      expect(await rows.count()).toBeGreaterThan(0);
      expect(await rows.count()).toBeLessThanOrEqual(marks.length);
      await expect(rows.first()).toBeHidden();
      await disclosure.locator('summary').click();
      await expect(disclosure).toHaveAttribute('open', '');
      for (const row of await rows.all()) await expect(row).toBeVisible();
      await expect(rows.first().locator('th')).not.toBeEmpty();
      // Each mark's numbers (or, without numbers, its name) can be read in the table.
      const plain = (s: string) => s.replace(/(\d),(?=\d{3})/g, '$1');
      const table = plain(await disclosure.locator('tbody').innerText());
      for (const m of marks) {
        const numbers = plain(m.title).match(/\d+(?:\.\d+)?/g) ?? [m.title.split(':')[0]!.trim()];
        for (const n of numbers) expect(table, `${m.id}: “${n}” is in the table`).toContain(n);
      }
      expect(problems).toEqual([]);
    });
  }

  test('no chart shows a control button that could not work, and the map shows its static key instead', async ({
    watched: page,
    problems,
  }) => {
    for (const path of new Set(CHARTS.map((c) => c.article))) {
      await visit(page, path);
      const figures = page.locator('figure[data-chart]');
      await expect(figures.first()).toBeVisible();
      for (const figure of await figures.all()) {
        // A glossary term in a story step is a button too, but a popover's: it works without JavaScript.
        await expect(figure.locator('button:visible:not([popovertarget])'), path).toHaveCount(0);
        await expect(figure.locator('[data-controls]')).toBeHidden();
      }
      if (CHARTS.some((c) => c.id === 'partners-map' && c.article === path)) {
        const key = figureOf(page, 'partners-map').locator('.chart-key.has-filter');
        await expect(key).toBeVisible();
        await expect(key.getByText('China', { exact: true })).toBeVisible();
      }
    }
    expect(problems).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 800 } });

  for (const chart of CHARTS) {
    test(`${chart.name} draws every visible text at 12 px or more, in every view`, async ({ watched, problems }) => {
      await watched.goto(chart.article);
      const figure = figureOf(watched, chart.id);
      await expect(figure).toHaveAttribute('data-enhanced', 'true');
      const switches = figure.locator('.chart-control[data-kind=switch] button');
      const views = Math.max(1, await switches.count());
      for (let i = 0; i < views; i++) {
        if (await switches.count()) await switches.nth(i).click();
        const sizes = await renderedTextSizes(figure);
        expect(sizes.length).toBeGreaterThan(0);
        expect(
          sizes.filter((s) => s.px < 11.5),
          `view ${i + 1}: texts under 12 px`,
        ).toEqual([]);
      }
      expect(problems).toEqual([]);
    });
  }
});

// ---------------------------------------------------------------------------------------------
test.describe('tooltips and keyboard, at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  // Behaviour, not words: the root language's pages show it (the others' tooltips are tapped at 360
  // px below, and chart-tooltips.spec.ts keeps their longer text inside the viewport).
  for (const chart of CHARTS.filter((c) => c.lang === ROOT_LANG)) {
    // One tab for the three: each part opens the article afresh (a page in a tab is quicker than a new tab).
    test(`${chart.name}: hovering, Tab and the arrow keys each show the right tooltip`, async ({ watched, problems }) => {
      await test.step('hovering each mark shows its tooltip, and moving away hides it', async () => {
        await watched.goto(chart.article);
        const figure = figureOf(watched, chart.id);
        await expect(figure).toHaveAttribute('data-enhanced', 'true');
        const marks = await marksOf(figure, 'wide');
        expect(marks.length).toBeGreaterThan(1);
        for (const mark of marks) {
          const { x, y } = await pointOn(markLocator(figure, 'wide', mark.id));
          await watched.mouse.move(x, y);
          await expectTipShows(figure, mark);
        }
        await figure.locator('.chart-title').hover();
        await expect(tipOf(figure)).toBeHidden();
      });
      await test.step('Tab reaches the marks in one stop, the focused mark’s tooltip shows, and Escape hides it', async () => {
        await watched.goto(chart.article);
        const figure = figureOf(watched, chart.id);
        await expect(figure).toHaveAttribute('data-enhanced', 'true');
        const marks = await marksOf(figure, 'wide');

        await tabIntoChart(watched, figure);
        expect(await focusedMark(watched), 'Tab lands on the first mark').toBe(marks[0]!.id);
        await expect(markLocator(figure, 'wide', marks[0]!.id)).toHaveAccessibleName(new RegExp(`^${escapeRegExp(marks[0]!.title)}`));
        await expectTipShows(figure, marks[0]!);

        await watched.keyboard.press('Escape');
        await expect(tipOf(figure)).toBeHidden();
        expect(await focusedMark(watched), 'Escape keeps focus on the mark').toBe(marks[0]!.id);

        // One tab stop: the next Tab leaves the chart's marks, Shift+Tab comes back to the same one.
        await watched.keyboard.press('Tab');
        expect(await figure.locator('.chart-svg--wide svg').evaluate((s) => s.contains(document.activeElement))).toBe(false);
        await expect(tipOf(figure)).toBeHidden();
        await watched.keyboard.press('Shift+Tab');
        expect(await focusedMark(watched)).toBe(marks[0]!.id);
        await expectTipShows(figure, marks[0]!);
      });
      await test.step('arrow keys, Home and End move between marks and the tooltip follows', async () => {
        await watched.goto(chart.article);
        const figure = figureOf(watched, chart.id);
        await expect(figure).toHaveAttribute('data-enhanced', 'true');
        const marks = await marksOf(figure, 'wide');
        const last = marks.length - 1;
        await tabIntoChart(watched, figure);
        expect(await focusedMark(watched)).toBe(marks[0]!.id);

        const steps: [string, number][] = [
          ['ArrowRight', 1],
          ['ArrowDown', Math.min(2, last)],
          ['ArrowLeft', Math.min(1, last)],
          ['ArrowUp', 0],
          ['ArrowLeft', 0],
          ['End', last],
          ['ArrowRight', last],
          ['Home', 0],
        ];
        for (const [key, index] of steps) {
          await watched.keyboard.press(key);
          expect(await focusedMark(watched), `${key} → mark ${index}`).toBe(marks[index]!.id);
          await expectTipShows(figure, marks[index]!);
        }
        // The roving tab stop follows: Tab away and back lands on the last focused mark.
        await watched.keyboard.press('End');
        await watched.keyboard.press('Tab');
        await watched.keyboard.press('Shift+Tab');
        expect(await focusedMark(watched)).toBe(marks[last]!.id);
      });
      expect(problems).toEqual([]);
    });
  }
});

// ---------------------------------------------------------------------------------------------
test.describe('on a touch screen, at 360 px', () => {
  test.use({ viewport: { width: 360, height: 800 }, hasTouch: true, isMobile: true });

  for (const chart of CHARTS) {
    test(`${chart.name}: tapping a mark shows its tooltip, tapping another switches it, tapping it again closes it`, async ({ watched, problems }) => {
      await watched.goto(chart.article);
      const figure = figureOf(watched, chart.id);
      await expect(figure).toHaveAttribute('data-enhanced', 'true');
      const marks = await marksOf(figure, 'narrow');
      for (const mark of marks.slice(0, 3)) {
        const { x, y } = await pointOn(markLocator(figure, 'narrow', mark.id));
        await watched.touchscreen.tap(x, y);
        await expectTipShows(figure, mark);
      }
      // A second tap on the open mark closes its tooltip; a third opens it again.
      const last = marks.slice(0, 3).at(-1)!;
      const { x, y } = await pointOn(markLocator(figure, 'narrow', last.id));
      await watched.touchscreen.tap(x, y);
      await expect(tipOf(figure)).toBeHidden();
      await watched.touchscreen.tap(x, y);
      await expectTipShows(figure, last);
      await watched.locator('h1').tap();
      await expect(tipOf(figure)).toBeHidden();
      expect(problems).toEqual([]);
    });
  }
});

// ---------------------------------------------------------------------------------------------
test.describe('the partners map', () => {
  // The highlight chips are tested on the chart's page: in the article the map story owns the highlight (tests/e2e/story.spec.ts).
  test.use({ viewport: { width: 1280, height: 900 } });

  test('a group highlight button works by keyboard: Space highlights that group (the others fade, Russia does not), Enter ends it, arrows still visit every country', async ({
    watched,
    problems,
  }) => {
    await watched.goto('/charts/partners-map/');
    const figure = figureOf(watched, 'partners-map');
    await expect(figure).toHaveAttribute('data-enhanced', 'true');
    const filter = figure.locator('.chart-control[data-kind=filter]');
    const china = filter.getByRole('button', { name: 'China', exact: true });
    await expect(china).toBeVisible();
    await expect(china).toHaveAttribute('aria-pressed', 'false');
    await expect(filter.getByRole('button', { name: 'Russia' }), 'Russia, the subject, is not a group to highlight').toHaveCount(0);
    await expect(figure.locator('.chart-key.has-filter'), 'the buttons replace the static key').toBeHidden();
    const opacity = (l: Locator) => l.evaluate((e) => Number(getComputedStyle(e).opacity));
    const chinaShape = figure.locator('.chart-svg--wide path[data-mark="china"]');
    const iran = figure.locator('.chart-svg--wide [data-mark="iran"]');
    const russia = figure.locator('.chart-svg--wide [data-mark="russia"]');
    expect(await opacity(iran)).toBe(1);

    await china.focus();
    await watched.keyboard.press('Space');
    await expect(china).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => opacity(iran), 'other groups fade').toBeLessThan(0.5);
    await expect.poll(() => opacity(chinaShape), 'China keeps its colour').toBe(1);
    await expect.poll(() => opacity(russia), 'Russia never fades').toBe(1);
    await expect(figure.locator('.chart-svg--wide .only-group text[data-group=china]')).toHaveCSS('opacity', '1');
    await expect(chinaShape).toBeVisible();

    // Keyboard travel still reaches every country: nothing is removed.
    const marks = await marksOf(figure, 'wide');
    await tabIntoChart(watched, figure);
    expect(await focusedMark(watched)).toBe(marks[0]!.id);
    const visited = new Set([await focusedMark(watched)]);
    for (let i = 0; i < marks.length; i++) {
      await watched.keyboard.press('ArrowRight');
      visited.add(await focusedMark(watched));
    }
    expect(visited.size).toBe(marks.length);

    await china.focus();
    await watched.keyboard.press('Enter');
    await expect(china).toHaveAttribute('aria-pressed', 'false');
    await expect(figure.locator('.chart-svg--wide .is-faded')).toHaveCount(0);
    await expect.poll(() => opacity(iran)).toBe(1);
    expect(problems).toEqual([]);
  });

  test('the “Formal status, Sept 2024” switch works by keyboard and shows the formal colours, labels and key', async ({
    watched,
    problems,
  }) => {
    await watched.goto('/charts/partners-map/');
    const figure = figureOf(watched, 'partners-map');
    await expect(figure).toHaveAttribute('data-enhanced', 'true');
    const view = figure.locator('.chart-control[data-kind=switch]');
    const formal = view.getByRole('button', { name: 'Formal status, Sept 2024' });
    const groups = view.getByRole('button', { name: 'Spotlight’s groups' });
    const formalKey = figure.locator('.chart-key[data-when="view:formal"]');
    const groupKey = figure.locator('.chart-key:not([data-when])');
    const filter = figure.locator('.chart-control[data-kind=filter]');
    const belarus = figure.locator('.chart-svg--wide [data-mark="belarus"]');
    const fill = () => belarus.evaluate((e) => getComputedStyle(e).fill);

    await expect(figure).toHaveAttribute('data-view', 'group');
    await expect(formalKey).toBeHidden();
    await expect(filter).toBeVisible();
    await expect(figure.locator('.chart-svg--wide .labels.only-group')).toBeVisible();
    const groupFill = await fill();

    await formal.focus();
    await watched.keyboard.press('Enter');
    await expect(figure).toHaveAttribute('data-view', 'formal');
    await expect(formal).toHaveAttribute('aria-pressed', 'true');
    await expect(groups).toHaveAttribute('aria-pressed', 'false');
    await expect(formalKey).toBeVisible();
    await expect(formalKey).toContainText('EAEU');
    await expect(groupKey).toBeHidden();
    await expect(filter, 'the group filter has nothing to filter in this view').toBeHidden();
    await expect(figure.locator('.chart-svg--wide .labels.only-formal')).toBeVisible();
    await expect(figure.locator('.chart-svg--wide .labels.only-group')).toBeHidden();
    await expect.poll(fill, 'Belarus is coloured by its formal status').not.toBe(groupFill);
    // The chart's own live region (added by its script) tells screen-reader users what changed.
    await expect(figure.locator(':scope > [aria-live]')).toContainText('formal memberships');

    await groups.focus();
    await watched.keyboard.press('Space');
    await expect(figure).toHaveAttribute('data-view', 'group');
    await expect(formalKey).toBeHidden();
    await expect(filter).toBeVisible();
    await expect.poll(fill).toBe(groupFill);
    expect(problems).toEqual([]);
  });

  test('each country’s tooltip names it and gives its role, the spotlight’s group and its formal status, as the table does', async ({
    watched,
    problems,
  }) => {
    await watched.goto('/articles/partners/');
    const figure = figureOf(watched, 'partners-map');
    await expect(figure).toHaveAttribute('data-enhanced', 'true');
    const rows = await figure
      .locator('details.chart-data tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')));
    const marks = await marksOf(figure, 'wide');
    expect(marks.map((m) => m.title).sort()).toEqual(rows.map((r) => r[0]).sort());

    const tip = tipOf(figure);
    // Columns by their headings (the ISO code comes last, after the memberships).
    const heads = await figure.locator('details.chart-data thead th').allTextContents();
    const col = (row: string[], name: string) => row[heads.findIndex((h) => h.trim() === name)] ?? '';
    for (const row of rows) {
      const [country, group, eaeu, brics, oecd] = [row[0], col(row, 'Spotlight’s group'), col(row, 'EAEU'), col(row, 'BRICS'), col(row, 'OECD')];
      const { x, y } = await pointOn(figure.locator(`.chart-svg--wide [data-mark][data-tip-title="${country}"]`));
      await watched.mouse.move(x, y);
      await expect(tip.locator('.chart-tip-title')).toHaveText(country!);
      const body = tip.locator('.chart-tip-body');
      const lines = (await body.textContent())!.split('\n');
      expect(lines, country).toHaveLength(3);
      expect(lines[0]!.length, `${country}: its role`).toBeGreaterThan(10);
      expect(lines[1], country).toBe(`Spotlight’s group: ${group}`);
      const status = lines[2]!;
      expect(status, country).toMatch(/^Formal status, Sept 2024: \S/);
      const word = (cell: string) => cell.split(' ')[0];
      if (eaeu !== '—') expect(status, country).toContain(`EAEU ${word(eaeu!)}`);
      if (brics !== '—') expect(status, country).toContain(`BRICS ${word(brics!)}`);
      if (oecd !== '—') expect(status, country).toContain(`OECD ${word(oecd!)}`);
      if ([eaeu, brics, oecd].every((c) => c === '—')) expect(status, country).toContain('none of EAEU, BRICS, OECD');
    }
    expect(problems).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
/** The charts of one id, one per language: where each chart-specific test runs. */
const everyLang = (id: string) => CHARTS.filter((c) => c.id === id);

test.describe('the competence centres’ budget', () => {
  for (const chart of everyLang('competence-centres')) for (const { width, layout } of [{ width: 320, layout: 'narrow' }, ...WIDTHS] as const) {
    test(`${chart.lang === ROOT_LANG ? '' : `${chart.lang}: `}every bar starts at its panel’s zero and is as long as its figure says, with nothing drawn on top of anything, at ${width} px`, async ({
      watched,
      problems,
    }) => {
      await watched.setViewportSize({ width, height: 900 });
      await watched.goto(chart.article);
      const figure = figureOf(watched, 'competence-centres');
      await expect(figure).toHaveAttribute('data-enhanced', 'true');
      // No control that only recolours: the figure has none.
      await expect(figure.locator('.chart-control')).toHaveCount(0);
      const svg = figure.locator(`.chart-svg--${layout} svg`);
      await expect(svg).toBeVisible();
      const drawn = await svg.evaluate((root) => {
        const box = (e: Element) => {
          const r = e.getBoundingClientRect();
          return { x: r.left, y: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
        };
        const panels = [...root.querySelectorAll('.panel')].map((p) => ({
          zero: [...p.querySelectorAll('line.axis')].map(box),
          bars: [...p.querySelectorAll('[data-mark]')].map((g) => {
            const texts = [...g.querySelectorAll('text')];
            return { bar: box(g.querySelector('rect')!), value: texts.at(-1)!.textContent ?? '', valueBox: box(texts.at(-1)!) };
          }),
        }));
        const texts = [...root.querySelectorAll('text')].map((t) => ({ text: t.textContent ?? '', ...box(t) }));
        return { frame: box(root), panels, texts };
      });
      expect(drawn.panels.length).toBeGreaterThanOrEqual(2);
      for (const p of drawn.panels) {
        expect(p.zero.length, 'each panel draws its zero line').toBeGreaterThan(0);
        const zeroX = p.zero[0]!.x + p.zero[0]!.width / 2;
        // Whole millions in any language's digits ("1,060 million", "1.060 Mio."): the digits are the amount.
        const amounts = p.bars.map((b) => Number(/\d[\d,.\s]*/.exec(b.value)![0]!.replace(/\D/g, '')));
        const perUnit = p.bars[0]!.bar.width / amounts[0]!;
        p.bars.forEach((b, i) => {
          expect(Math.abs(b.bar.x - zeroX), `${b.value}: the bar starts at zero`).toBeLessThan(1.5);
          expect(b.bar.width / amounts[i]! / perUnit, `${b.value}: the bar is as long as its figure`).toBeCloseTo(1, 2);
          expect(b.valueBox.x, `${b.value}: the figure sits past the bar’s end`).toBeGreaterThanOrEqual(b.bar.right);
        });
      }
      for (const t of drawn.texts) {
        // A glyph's side bearing may reach a pixel past its origin.
        expect(t.x, t.text).toBeGreaterThanOrEqual(drawn.frame.x - 1.5);
        expect(t.right, t.text).toBeLessThanOrEqual(drawn.frame.right + 1.5);
        for (const u of drawn.texts)
          if (u !== t) {
            const overlap = t.x < u.right - 0.5 && u.x < t.right - 0.5 && t.y < u.bottom - 1 && u.y < t.bottom - 1;
            expect(overlap, `“${t.text}” on “${u.text}”`).toBe(false);
          }
        for (const p of drawn.panels)
          for (const b of p.bars) {
            const onBar = t.x < b.bar.right && b.bar.x < t.right && t.y < b.bar.bottom - 1 && b.bar.y < t.bottom - 1;
            expect(onBar, `“${t.text}” on a bar`).toBe(false);
          }
      }
      expect(problems).toEqual([]);
    });
  }
});

test.describe('the timeline', () => {
  for (const chart of everyLang('timeline')) for (const { width, layout } of [{ width: 320, layout: 'narrow' }, ...WIDTHS] as const) {
    test(`${chart.lang === ROOT_LANG ? '' : `${chart.lang}: `}labels every event where it happened, with no label on another, at ${width} px`, async ({ watched, problems }) => {
      await watched.setViewportSize({ width, height: 900 });
      await watched.goto(chart.article);
      const figure = figureOf(watched, 'timeline');
      const svg = figure.locator(`.chart-svg--${layout} svg`);
      await expect(svg).toBeVisible();
      const events = await svg.evaluate((root) =>
        [...root.querySelectorAll('[data-mark]')].map((g) => {
          const r = (e: Element) => e.getBoundingClientRect();
          const texts = [...g.querySelectorAll('text')].map((t) => ({ text: t.textContent ?? '', box: r(t).toJSON() as DOMRect }));
          // The stem from the event's date: inside the mark (narrow) or in the stems layer (wide).
          const stem = g.querySelector('path.leader') ?? root.querySelector(`[data-stem="${CSS.escape(g.getAttribute('data-mark') ?? '')}"]`);
          const id = g.getAttribute('data-mark') ?? '';
          const t = g.hasAttribute('data-tip-title') ? g : g.closest('figure')?.querySelector(`[data-mark="${CSS.escape(id)}"][data-tip-title]`);
          return { id, title: t?.getAttribute('data-tip-title') ?? '', texts, stem: stem ? (r(stem).toJSON() as DOMRect) : null };
        }),
      );
      expect(events.length).toBeGreaterThan(0);
      for (const e of events) {
        // The label is the event's own: its text is the date and title its tooltip gives.
        const label = e.texts.map((t) => t.text).join(' ');
        expect(e.title.replace(/: /, ' ')).toContain(label.split(' ').slice(0, 2).join(' '));
        // …and it sits right beside the stem from its date (no numbered key to match).
        expect(e.stem, e.id).not.toBeNull();
        const left = Math.min(...e.texts.map((t) => t.box.left));
        const right = Math.max(...e.texts.map((t) => t.box.right));
        const gap = Math.min(Math.abs(left - e.stem!.right), Math.abs(e.stem!.left - right));
        expect(gap, `${e.id}: label beside its stem`).toBeLessThan(12 * (width / 800) + 12);
      }
      const all = events.flatMap((e) => e.texts.map((t) => ({ ...t, id: e.id })));
      for (const t of all)
        for (const u of all)
          if (t.id !== u.id) {
            const overlap = t.box.left < u.box.right - 0.5 && u.box.left < t.box.right - 0.5 && t.box.top < u.box.bottom - 1 && u.box.top < t.box.bottom - 1;
            expect(overlap, `“${t.text}” (${t.id}) on “${u.text}” (${u.id})`).toBe(false);
          }
      expect(problems).toEqual([]);
    });
  }
});

// ---------------------------------------------------------------------------------------------
test.describe('no layout shift when the scripts run', () => {
  for (const { width } of WIDTHS) {
    for (const path of [...new Set(CHARTS.map((c) => c.article))]) {
      test(`the charts on ${path} keep their height at ${width} px`, async ({ watched, problems }) => {
        await watched.setViewportSize({ width, height: 900 });
        // Hold the page's scripts until the parsed, styled page has been measured.
        let release!: () => void;
        const held = new Promise<void>((resolve) => (release = resolve));
        await watched.route('**/_astro/*.js', async (route) => {
          await held;
          await route.continue();
        });
        await watched.goto(path, { waitUntil: 'commit' });
        // Parsed and styled (stylesheets do not hold the parser back), but no module script has run.
        await watched.waitForFunction(
          () =>
            document.readyState !== 'loading' &&
            document.querySelector('figure[data-chart]') &&
            [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].every((l) => l.sheet),
        );
        expect(await watched.locator('figure[data-enhanced]').count(), 'measured before the chart script').toBe(0);
        const before = await figureHeights(watched);

        release();
        await watched.waitForLoadState('load');
        for (const figure of await watched.locator('figure[data-chart]').all())
          await expect(figure).toHaveAttribute('data-enhanced', 'true');
        const after = await figureHeights(watched);
        expect(Object.keys(before).length).toBeGreaterThan(0);
        for (const [id, height] of Object.entries(after))
          expect(Math.abs(height - before[id]!), `${id}: ${before[id]} → ${height}`).toBeLessThan(0.5);
        expect(problems).toEqual([]);
      });
    }
  }
});
