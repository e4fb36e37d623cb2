import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { builtPages, builtArticles } from './pages';
import { LANGS, langOfPath, languageData, pathIn } from './languages';
import { articleProse, findProse, normaliseText } from './article-prose';
import { builtChartIds } from './built-charts';
import { shownText } from './lazy-blocks';

const CHART_IDS = builtChartIds();

const pages = builtPages();

test.describe('every page', () => {
  // Every page in one tab, each checked on its own: a page opens in a fraction of a fresh tab's time.
  test.describe.configure({ timeout: 180_000 });
  test(`each of ${pages.length} pages loads with status 200, no console errors, no cookies and nothing from another host`, async ({
    watched,
    problems,
    context,
  }) => {
    for (const path of pages) {
      const response = await watched.goto(path, { waitUntil: 'networkidle' });
      expect.soft(response?.status(), path).toBe(200);
      await expect.soft(watched.locator('h1'), path).toHaveCount(1);
      await expect.soft(watched.locator('html'), path).toHaveAttribute('lang', languageData(langOfPath(path)).htmlLang);
      // What went wrong on this page, not carried to the next.
      expect.soft(problems.splice(0), path).toEqual([]);
      expect.soft(await context.cookies(), path).toEqual([]);
    }
  });
});

for (const lang of LANGS) {
  test(`an unknown path under ${pathIn(lang, '/')} gets that language's 404 page with status 404`, async ({ watched, problems }) => {
    const t = languageData(lang).ui.notFound;
    const response = await watched.goto(pathIn(lang, '/no-such-page/'));
    expect(response?.status()).toBe(404);
    await expect(watched.locator('html')).toHaveAttribute('lang', languageData(lang).htmlLang);
    await expect(watched.getByRole('heading', { level: 1 })).toHaveText(t.title);
    await expect(watched.getByRole('link', { name: t.homeLink })).toHaveAttribute('href', pathIn(lang, '/'));
    // Chromium logs the document's own 404 as a console error; anything else is a real problem.
    expect(problems.filter((p) => !p.includes('status of 404'))).toEqual([]);
  });
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const { path, source } of builtArticles()) {
    test(`the article ${path} shows all of its own prose, in order`, async ({ page }) => {
      const mdx = readFileSync(source, 'utf8');
      const prose = articleProse(mdx);
      expect(prose.body.length).toBeGreaterThan(0);
      await page.goto(path);
      // Every ## heading of the source is a heading of the page (they make the table of contents).
      const headings = [...mdx.matchAll(/^## (.+)$/gm)].map((m) => articleProse(m[1]!).body[0]!.runs.join(' '));
      const shownHeadings: string[] = [];
      for (const h of await page.locator('article .body > h2').all()) shownHeadings.push(normaliseText(await shownText(h)));
      expect(shownHeadings).toEqual(headings);
      // The article's text as shown: chart titles, tables and notes sit between its paragraphs,
      // which is why each paragraph is looked for whole, in order, rather than words counted.
      const shown = await shownText(page.locator('article .body'));
      const body = findProse(shown, prose.body);
      expect(body.missing?.source, 'the first paragraph of the source not shown whole, in order').toBeUndefined();
      // Footnotes follow the text, numbered by first reference.
      const notes = findProse(shown, prose.footnotes, body.end);
      expect(notes.missing?.source, 'the first footnote not shown whole, in order').toBeUndefined();
    });
  }
});

for (const lang of LANGS) {
  test(`the chart gallery ${pathIn(lang, '/charts/')} previews every chart in the reader’s theme without loading a picture`, async ({ watched, problems }) => {
    const pictures: string[] = [];
    watched.on('request', (req) => {
      if (req.resourceType() === 'image') pictures.push(req.url());
    });
    await watched.emulateMedia({ colorScheme: 'dark' });
    await watched.goto(pathIn(lang, '/charts/'));
    const thumbs = watched.locator('.gallery .thumb svg');
    await expect(thumbs).toHaveCount(CHART_IDS.length);
    for (const thumb of await thumbs.all()) await expect(thumb).toBeVisible();
    // In the dark theme the thumbnail's background is dark, not a white picture.
    const bg = await watched.locator('.gallery .thumb').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r, g, b] = bg.match(/\d+/g)!.map(Number);
    expect((r! + g! + b!) / 3).toBeLessThan(80);
    expect(pictures).toEqual([]);
    expect(problems).toEqual([]);
  });
}
