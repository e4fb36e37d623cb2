import { test, expect } from './fixtures';

const background = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the page follows the OS theme until the reader picks one', async ({ watched, problems }) => {
  await watched.emulateMedia({ colorScheme: 'dark' });
  await watched.goto('/');
  const toggle = watched.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const dark = await background(watched);
  await watched.emulateMedia({ colorScheme: 'light' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await background(watched)).not.toBe(dark);
  expect(problems).toEqual([]);
});

test('the theme toggle switches the theme and the choice persists across pages and reloads', async ({
  watched,
  problems,
}) => {
  await watched.emulateMedia({ colorScheme: 'light' });
  await watched.goto('/');
  const light = await background(watched);
  const toggle = watched.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(watched.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await background(watched);
  expect(dark).not.toBe(light);

  await watched.goto('/articles/overview/');
  await expect(watched.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background(watched)).toBe(dark);

  await watched.reload();
  await expect(watched.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  await watched.getByRole('button', { name: 'Dark theme' }).click();
  await watched.reload();
  expect(await background(watched)).toBe(light);
  expect(problems).toEqual([]);
});

test('without JavaScript the theme follows the OS and no dead toggle is shown', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
  const dark = await background(page);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background(page)).not.toBe(dark);
  await context.close();
});
