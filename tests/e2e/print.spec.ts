import { test, expect } from './fixtures';
import { articlesWithCharts, builtChartIds } from './built-charts';
import { builtLangs, inLangPath, rootLang } from './pages';
import { languageData } from './languages';

const CHART_IDS = builtChartIds();

// An A4 sheet less 15 mm margins is about 680 CSS px wide.
test.use({ viewport: { width: 680, height: 960 } });

/** In each language, the article with the most charts (the software article: three). */
const ARTICLES = builtLangs().map((lang) => ({ lang, path: articlesWithCharts(lang).sort((a, b) => b.charts.length - a.charts.length)[0]!.path }));
/** The language in a test's title, for every language but the root one. */
const inTitle = (lang: string) => (lang === rootLang() ? '' : ` (${lang})`);

for (const { lang, path } of ARTICLES)
test.describe(`printing an article${inTitle(lang)}`, () => {
  for (const js of [true, false]) {
    test.describe(js ? 'with JavaScript' : 'without JavaScript', () => {
      test.use({ javaScriptEnabled: js });

      test('prints every chart’s data table in full, without the screen-only controls', async ({ page }) => {
        const { ui } = languageData(lang);
        await page.goto(path);
        const figures = page.locator('figure[data-chart]');
        expect(await figures.count()).toBeGreaterThan(0);
        // "Embed & download" is a link to the chart's page without JavaScript and a button with it.
        // A role query skips what is not displayed, so "hidden" would hold for a control that is not
        // there at all: it must show on screen, and still be in the page (includeHidden) on paper.
        const share = (figure: typeof figures) => figure.getByRole(js ? 'button' : 'link', { name: ui.share.open, includeHidden: true });
        for (const figure of await figures.all()) await expect(share(figure)).toBeVisible();
        await page.emulateMedia({ media: 'print' });
        for (const figure of await figures.all()) {
          const table = figure.locator('table');
          // The closed disclosure still prints its table, every row of it, unclipped.
          await expect(table).toBeVisible();
          await expect(table.locator('tbody tr').last()).toBeVisible();
          const clipped = await figure.locator('.chart-table-scroll').evaluate((el) => el.scrollHeight - el.clientHeight);
          expect(clipped).toBeLessThanOrEqual(1);
          await expect(share(figure)).toHaveCount(1);
          await expect(share(figure)).toBeHidden();
        }
        await expect(page.getByRole('navigation', { name: ui.header.nav })).toBeHidden();
        await expect(page.getByText(new RegExp(`^${ui.shell.printedFrom.split('{url}')[0]!}`))).toBeVisible();
      });
    });
  }

  test('lets long tables break anywhere rather than spill over the next section', async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    const breaks = await page.locator('figure[data-chart] table').first().evaluate((el) => {
      const row = el.querySelector('tbody tr')!;
      return { table: getComputedStyle(el).breakInside, row: getComputedStyle(row).breakInside };
    });
    // Not 'avoid' on rows: Chromium leaves the space it skips to keep a row whole out of the
    // table's height, and printed the next paragraph over the last rows (print-pdf.spec.ts).
    expect(breaks).toEqual({ table: 'auto', row: 'auto' });
  });
});

for (const lang of builtLangs()) test(`the educators’ page${inTitle(lang)} prints each chart on a sheet of its own`, async ({ page }) => {
  await page.goto(inLangPath(lang, '/educators/'));
  await page.emulateMedia({ media: 'print' });
  const charts = page.locator('.edu-chart');
  expect(await charts.count()).toBe(CHART_IDS.length);
  for (const [i, chart] of (await charts.all()).entries()) {
    // The first shares its sheet with the section heading above it, which would be stranded.
    expect(await chart.evaluate((el) => getComputedStyle(el).breakBefore)).toBe(i === 0 ? 'auto' : 'page');
    // The picture carries its own title, caption and source line.
    await expect(chart.locator('img')).toBeVisible();
  }
});
