import { execFileSync } from 'node:child_process';
import { test, expect } from './fixtures';
import { articlesWithCharts, figureOf } from './built-charts';
import { builtLangs } from './pages';

/**
 * Charts for readers without CSS: in a text browser (w3m, Debian's w3m package) and in Chromium
 * with every stylesheet removed. Each chart appears once (not once per layout), its controls do
 * not run together into one word, and it reads title, summary, then detail.
 */

const norm = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

function w3mDump(url: string): string {
  try {
    return execFileSync('w3m', ['-dump', '-cols', '200', '-O', 'UTF-8', '-o', 'display_link_number=0', url], {
      encoding: 'utf8',
      timeout: 30_000,
    });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') throw new Error('w3m is not installed: apt-get install w3m (.ci/run installs it).');
    throw e;
  }
}

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

interface ChartText {
  id: string;
  title: string;
  summary: string;
  /** The first note, or the source line when there are no notes. */
  detail: string;
  /** Per control: its label, then its buttons' labels. */
  controls: string[][];
  /** Per layout: its first three labels as a text browser would print them in a row. */
  labelRuns: string[];
}

for (const { path, charts } of builtLangs().flatMap((lang) => articlesWithCharts(lang))) {
  test(`${path}: w3m prints each chart once, title then summary then detail, with controls apart`, async ({
    watched: page,
    problems,
    baseURL,
  }) => {
    await page.goto(path);
    const texts: ChartText[] = [];
    for (const id of charts) {
      texts.push(
        await figureOf(page, id).evaluate((f, id) => {
          const t = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
          const desc = f.querySelector('[id$="-desc"]');
          return {
            id,
            title: t(f.querySelector('.chart-title')),
            summary: t(desc),
            detail: t(f.querySelector('.chart-notes li') ?? f.querySelector('.chart-source')),
            controls: [...f.querySelectorAll('.chart-control')].map((c) => [
              t(c.querySelector('.chart-control-label')),
              ...[...c.querySelectorAll('button')].map((b) => t(b)),
            ]),
            labelRuns: [...f.querySelectorAll('.chart-svg svg')].map((svg) =>
              [...svg.querySelectorAll('text')]
                .map((x) => t(x))
                .filter(Boolean)
                .slice(0, 3)
                .join(' '),
            ),
          };
        }, id),
      );
    }
    const dump = norm(w3mDump(new URL(path, baseURL).href));
    expect(dump.length).toBeGreaterThan(500);

    for (const c of texts) {
      expect.soft(occurrences(dump, c.title), `${c.id}: its title “${c.title}” is printed once`).toBe(1);
      const layoutsPrinted = c.labelRuns.filter((run) => run && dump.includes(run));
      expect
        .soft(layoutsPrinted.length, `${c.id}: at most one layout’s labels are printed (${layoutsPrinted.join(' / ')})`)
        .toBeLessThanOrEqual(1);
      for (const [label, ...buttons] of c.controls) {
        const words = [label!, ...buttons];
        for (let i = 0; i + 1 < words.length; i++)
          expect.soft(dump, `${c.id}: “${words[i]}” and “${words[i + 1]}” are printed apart`).not.toContain(`${words[i]}${words[i + 1]}`);
      }
      const title = dump.indexOf(c.title);
      const summary = dump.indexOf(c.summary.slice(0, 80));
      const detail = dump.indexOf(c.detail.slice(0, 60), Math.max(0, summary));
      expect.soft(summary, `${c.id}: the summary is printed`).toBeGreaterThan(-1);
      expect.soft(summary, `${c.id}: the summary comes after the title`).toBeGreaterThan(title);
      expect.soft(detail, `${c.id}: the notes come after the summary`).toBeGreaterThan(summary);
    }
    expect(problems).toEqual([]);
  });

  test.describe('with no styles and no scripts', () => {
    test.use({ javaScriptEnabled: false });

    test(`${path}: each chart shows one layout and no control`, async ({ watched: page, problems }) => {
      // A reader's "no style" mode: no author styles at all, only the browser's own (which honour
      // `hidden`): stylesheets are not served and the page's <style> elements are taken out.
      await page.route('**/*', async (route) => {
        const req = route.request();
        if (req.resourceType() === 'stylesheet') return route.fulfill({ status: 200, contentType: 'text/css', body: '' });
        if (req.resourceType() !== 'document') return route.continue();
        const res = await route.fetch();
        const html = (await res.text()).replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '').replace(/<link\b[^>]*rel="stylesheet"[^>]*>/g, '');
        return route.fulfill({ response: res, body: html });
      });
      await page.goto(path);
      await expect(page.locator('link[rel="stylesheet"], style')).toHaveCount(0);
      for (const id of charts) {
        const figure = figureOf(page, id);
        await expect(figure.locator('.chart-svg').filter({ visible: true }), `${id}: one layout shows`).toHaveCount(1);
        await expect(figure.locator('.chart-control button').filter({ visible: true }), `${id}: no control shows`).toHaveCount(0);
      }
      expect(problems).toEqual([]);
    });
  });
}
