import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { allPages } from './pages';
import { langOfPath, languageData } from './languages';

test('"Embed & download" opens an accessible dialog with code, downloads and citation, and Escape closes it', async ({
  watched,
  problems,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await watched.goto('/articles/software/');
  const opener = watched.locator('figure[data-chart="russoft-survey"]').getByRole('button', { name: /Embed & download/ });
  await opener.focus();
  await watched.keyboard.press('Enter');
  const dialog = watched.getByRole('dialog', { name: /Embed & download/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Embed code' })).toHaveValue(/<iframe src="[^"]+\/embed\/russoft-survey\/"/);
  await expect(dialog.getByRole('link', { name: 'Data (CSV)' })).toHaveAttribute('href', /\/data\/russoft-survey\.csv$/);
  await expect(dialog.getByRole('textbox', { name: 'APA 7: this chart' })).toHaveValue(/^Sanctions, Sidestepped\./);

  await dialog.getByRole('button', { name: 'Copy Embed code' }).click();
  const copied = await watched.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('/embed/russoft-survey/');

  await dialog.getByLabel('Dark').check();
  await dialog.getByLabel('Show the title').uncheck();
  await expect(dialog.getByRole('textbox', { name: 'Embed code' })).toHaveValue(/embed\/russoft-survey\/\?theme=dark&amp;title=0|embed\/russoft-survey\/\?theme=dark&title=0/);

  await watched.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  expect(problems).toEqual([]);
});

test('the live preview in the dialog shows the embed', async ({ watched, problems }) => {
  await watched.goto('/articles/partners/');
  await watched.locator('figure[data-chart="partners-map"]').getByRole('button', { name: /Embed & download/ }).click();
  const dialog = watched.getByRole('dialog');
  await dialog.getByText('Preview', { exact: true }).click();
  const frame = dialog.frameLocator('iframe');
  await expect(frame.locator('figure[data-chart="partners-map"]')).toBeVisible();
  expect(problems).toEqual([]);
});

test('the dialog starts from the view the reader switched to', async ({ watched, problems }) => {
  await watched.goto('/articles/partners/');
  const figure = watched.locator('figure[data-chart="partners-map"]');
  await expect(figure).toHaveAttribute('data-enhanced', 'true');
  await figure.getByRole('button', { name: 'Formal status, Sept 2024' }).click();
  await figure.getByRole('button', { name: /Embed & download/ }).click();
  const dialog = watched.getByRole('dialog', { name: /Embed & download/ });
  await expect(dialog.locator('select[data-name="view"]')).toHaveValue('formal');
  await expect(dialog.getByRole('textbox', { name: 'Embed code' })).toHaveValue(/embed\/partners-map\/\?[^"]*view=formal/);
  expect(problems).toEqual([]);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('"Embed & download" leads to the chart page, where the code can be selected and copied', async ({ page }) => {
    await page.goto('/articles/software/');
    await page.locator('figure[data-chart="russoft-survey"]').getByRole('link', { name: /Embed & download/ }).click();
    await expect(page).toHaveURL(/\/charts\/russoft-survey\/#share$/);
    const code = page.getByLabel('Embed code');
    await expect(code).toBeVisible();
    await expect(code).toHaveValue(/<iframe/);
    await expect(page.getByRole('link', { name: 'Picture (PNG)' })).toBeVisible();
    await expect(page.getByLabel('MLA 9: this chart')).toBeVisible();
  });
});

/** Pages that place charts with an "Embed & download" control, read from the build. */
const pagesWithDialogs = allPages().filter((p) => {
  const file = p.endsWith('/') ? `dist${p}index.html` : `dist${p}`;
  return readFileSync(file, 'utf8').includes('data-share-open=');
});

test('the build has pages with "Embed & download" dialogs', () => {
  expect(pagesWithDialogs.length).toBeGreaterThan(0);
});

test.describe('on a 360 × 740 phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });
  for (const path of pagesWithDialogs) {
    test(`${path}: "Embed & download" is a button, and each dialog keeps its close control in view while it scrolls`, async ({ watched, problems }) => {
      const t = languageData(langOfPath(path)).ui.share;
      await watched.goto(path);
      const openers = watched.locator('figure[data-chart] .chart-share').getByRole('button', { name: t.open });
      const count = await openers.count();
      expect(count).toBe(await watched.locator('figure[data-chart]:has(.chart-share)').count());
      for (let i = 0; i < count; i++) {
        const opener = openers.nth(i);
        await opener.tap();
        const dialog = watched.getByRole('dialog', { name: t.open });
        await expect(dialog).toBeVisible();
        const close = dialog.getByRole('button', { name: t.close });
        // The content is taller than the box, so the reader has to scroll…
        const { scrollHeight, clientHeight } = await dialog.evaluate((d) => ({ scrollHeight: d.scrollHeight, clientHeight: d.clientHeight }));
        expect(scrollHeight).toBeGreaterThan(clientHeight);
        for (const to of ['middle', 'end'] as const) {
          await dialog.evaluate((d, where) => d.scrollTo(0, where === 'end' ? d.scrollHeight : d.scrollHeight / 2), to);
          await expect
            .poll(() =>
              close.evaluate((b) => {
                const r = b.getBoundingClientRect();
                const d = b.closest('dialog')!.getBoundingClientRect();
                const inside = r.top >= Math.max(0, d.top) && r.bottom <= Math.min(innerHeight, d.bottom) && r.left >= 0 && r.right <= innerWidth;
                const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                return inside && !!top && b.contains(top);
              }),
            )
            .toBe(true);
        }
        // …and the close control works from there.
        await close.tap();
        await expect(dialog).toBeHidden();
      }
      expect(problems).toEqual([]);
    });
  }
});

/** WCAG contrast ratio of two sRGB colours given as [r, g, b] in 0–255. */
function contrast(a: number[], b: number[]): number {
  const lum = (c: number[]) => {
    const [r, g, bl] = c.map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m);
  return (x! + 0.05) / (y! + 0.05);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`in the ${colorScheme} theme the open dialog's edge stands out from the dimmed page (3:1)`, async ({ watched, problems }) => {
    await watched.emulateMedia({ colorScheme });
    await watched.goto(pagesWithDialogs[0]!);
    await watched.locator('.chart-share').getByRole('button', { name: /Embed & download/ }).first().click();
    const dialog = watched.getByRole('dialog');
    await expect(dialog).toBeVisible();
    // Colours as drawn: the backdrop composited over the page, and the dialog's border and surface.
    const colours = await dialog.evaluate((d) => {
      const probe = document.createElement('canvas').getContext('2d')!;
      const rgba = (css: string) => {
        probe.clearRect(0, 0, 1, 1);
        probe.fillStyle = '#000';
        probe.fillStyle = css;
        probe.fillRect(0, 0, 1, 1);
        return [...probe.getImageData(0, 0, 1, 1).data];
      };
      const over = (top: number[], below: number[]) => below.slice(0, 3).map((v, i) => top[i]! * (top[3]! / 255) + v * (1 - top[3]! / 255));
      const page = rgba(getComputedStyle(document.body).backgroundColor);
      const dimmed = over(rgba(getComputedStyle(d, '::backdrop').backgroundColor), page);
      const surface = over(rgba(getComputedStyle(d).backgroundColor), page);
      return { dimmed, surface, edge: over(rgba(getComputedStyle(d).borderTopColor), surface) };
    });
    const best = Math.max(contrast(colours.edge, colours.dimmed), contrast(colours.surface, colours.dimmed));
    expect(best, JSON.stringify(colours)).toBeGreaterThanOrEqual(3);
    expect(problems).toEqual([]);
  });
}
