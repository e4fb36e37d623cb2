import { test, expect } from './fixtures';
import { builtChartsInEveryLang, chartName, figureOf, shownMarks } from './built-charts';

/**
 * What a screen reader reads of each chart figure, from Chromium's accessibility tree (Playwright's
 * ARIA snapshot): a short, ordered reading. First the title (once: not also as the figure's name
 * or the drawing's name), then the subtitle and the summary, and only then the detail (controls,
 * key, the marks, notes, table). No empty node (such as a live region not yet used) is read.
 * With JavaScript off the same order holds, and the drawing is left to the summary and the table.
 */

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The figure's direct children in the snapshot, one line each (names cut to their start). */
function topLevel(snapshot: string): string[] {
  const lines = snapshot.split('\n');
  const indent = (l: string) => l.length - l.trimStart().length;
  const base = indent(lines[0] ?? '');
  return lines.slice(1).filter((l) => indent(l) === base + 2);
}

for (const chart of builtChartsInEveryLang()) {
  const path = chart.home;
  for (const javaScriptEnabled of [true, false]) {
    test.describe(`${chartName(chart)}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
      test.use({ javaScriptEnabled, viewport: { width: 1280, height: 900 } });

      test('a screen reader reads the title once, then the summary, then the detail', async ({ watched: page, problems }) => {
        await page.goto(path);
        const figure = figureOf(page, chart.id);
        if (javaScriptEnabled) await expect(figure).toHaveAttribute('data-enhanced', 'true');
        const title = norm((await figure.locator('.chart-title').textContent()) ?? '');
        const subtitle = norm((await figure.locator('.chart-subtitle').textContent()) ?? '');
        const descId = await figure.locator('[id$="-desc"]').first().getAttribute('id');
        const summary = norm((await page.locator(`#${descId}`).textContent()) ?? '');
        expect(title.length).toBeGreaterThan(10);
        expect(summary.length).toBeGreaterThan(60);

        const snapshot = await figure.ariaSnapshot();
        const first = snapshot.split('\n')[0]!;
        expect(first, 'the figure is not named after its title as well').toMatch(/^- figure:?$/);
        expect(snapshot.split(title).length - 1, `the title “${title}” is read once`).toBe(1);

        const children = topLevel(snapshot);
        expect(children[0], 'the title comes first, as a heading').toContain(`heading "${title}"`);
        const at = (text: string) => children.findIndex((l) => l.includes(text.slice(0, 50)));
        const sub = at(subtitle);
        const sum = at(summary);
        expect(sub, 'the subtitle follows the title').toBe(1);
        expect(sum, 'the summary follows the subtitle, before any control, key, mark or note').toBe(2);

        // Nothing empty is read: no nameless paragraph, status or region (e.g. an unused live region).
        expect(snapshot.split('\n').filter((l) => /^\s*- (paragraph|status|log|region|generic|group|img)\s*$/.test(l))).toEqual([]);

        const imgs = snapshot.split('\n').filter((l) => /^\s*- '?img "/.test(l));
        if (javaScriptEnabled) {
          const marks = await shownMarks(figure);
          // Each mark is read once, by its own label, inside the drawing's group, after the summary.
          expect(imgs.length, 'one image per mark').toBe(marks.length);
          // Spaces as the snapshot writes them: a German "90 %" has a no-break space in the page.
          for (const m of marks) expect(imgs.filter((l) => norm(l).includes(`img "${norm(m.title)}`)).length, m.title).toBe(1);
          // The drawing's group is named in the page's language (the figure's data-marks-label, "Chart, {n} items…").
          const named = norm((await figure.getAttribute('data-marks-label'))?.split('{n}')[0] ?? '');
          const group = children.findIndex((l) => norm(l).includes(`group "${named}`));
          expect(group, 'the marks sit in the drawing’s group after the summary').toBeGreaterThan(sum);
        } else {
          expect(imgs, 'without JavaScript the drawing is left to the summary and the table').toEqual([]);
        }
        expect(problems).toEqual([]);
      });
    });
  }
}
