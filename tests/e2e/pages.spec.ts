import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { builtPages, articleSlugs } from './pages';
import { countWords } from '../../src/lib/reading-time';
import { builtChartIds } from './built-charts';

const CHART_IDS = builtChartIds();

const pages = builtPages();

test.describe('every page', () => {
  for (const path of pages) {
    test(`${path} loads with status 200, no console errors, no cookies and nothing from another host`, async ({
      watched,
      problems,
      context,
    }) => {
      const response = await watched.goto(path, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      await expect(watched.locator('h1')).toHaveCount(1);
      await expect(watched.locator('html')).toHaveAttribute('lang', 'en-GB');
      expect(problems).toEqual([]);
      expect(await context.cookies()).toEqual([]);
    });
  }
});

test('an unknown path gets the 404 page with status 404', async ({ watched, problems }) => {
  const response = await watched.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(watched.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(watched.getByRole('link', { name: 'Go to the home page' })).toBeVisible();
  // Chromium logs the document's own 404 as a console error; anything else is a real problem.
  expect(problems.filter((p) => !p.includes('status of 404'))).toEqual([]);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const slug of articleSlugs()) {
    test(`the ${slug} article shows all of its text`, async ({ page }) => {
      const mdx = readFileSync(`content/articles/${slug}.mdx`, 'utf8');
      await page.goto(`/articles/${slug}/`);
      const body = page.locator('article .body');
      // Typography turns ' into ’ when rendering, so compare headings with plain quotes.
      const plain = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[*_`]/g, '').trim();
      const expected = [...mdx.matchAll(/^## (.+)$/gm)].map((m) => plain(m[1]!));
      const shownHeadings = (await body.locator(':scope > h2').allInnerTexts()).map(plain);
      expect(shownHeadings).toEqual(expected);
      const shown = countWords(await body.innerText());
      // Rendered text also carries chart titles and tables, so it can only be longer than the source.
      expect(shown).toBeGreaterThanOrEqual(Math.floor(countWords(mdx) * 0.95));
    });
  }
});

test('the chart gallery previews every chart in the reader’s theme without loading a picture', async ({ watched, problems }) => {
  const pictures: string[] = [];
  watched.on('request', (req) => {
    if (req.resourceType() === 'image') pictures.push(req.url());
  });
  await watched.emulateMedia({ colorScheme: 'dark' });
  await watched.goto('/charts/');
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
