import { test, expect } from './fixtures';

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
  await expect(dialog.getByRole('textbox', { name: 'APA 7' })).toHaveValue(/Sanctions, Sidestepped\./);

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
  await expect(dialog.getByRole('combobox')).toHaveValue('formal');
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
    await expect(page.getByLabel('MLA 9')).toBeVisible();
  });
});
