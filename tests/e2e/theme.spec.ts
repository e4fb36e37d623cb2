import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const themeControl = (page: Page) => page.getByRole('combobox', { name: 'Theme' });
/** The icon the reader sees beside the control: exactly one, and which one. */
const visibleIcon = (page: Page) =>
  page.evaluate(() => {
    const shown = [...document.querySelectorAll('[data-theme-control] svg.ico')].filter((s) => {
      const r = s.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(s).visibility !== 'hidden';
    });
    return shown.map((s) => [...s.classList].find((c) => c.startsWith('ico-')) ?? '?').join(',');
  });

test('System follows the OS, and the control says so', async ({ watched, problems }) => {
  await watched.emulateMedia({ colorScheme: 'dark' });
  await watched.goto('/');
  const control = themeControl(watched);
  await expect(control).toBeVisible();
  await expect(control).toHaveValue('system');
  await expect(control.locator('option:checked')).toHaveText('System');
  const dark = await background(watched);
  await watched.emulateMedia({ colorScheme: 'light' });
  expect(await background(watched)).not.toBe(dark);
  await expect(control).toHaveValue('system');
  expect(problems).toEqual([]);
});

test('Light, Dark and System each set the theme, show their own label and icon, and persist', async ({ watched, problems }) => {
  await watched.emulateMedia({ colorScheme: 'light' });
  await watched.goto('/');
  const light = await background(watched);
  const control = themeControl(watched);
  const icons = new Set<string>();
  icons.add(await visibleIcon(watched));

  await control.selectOption('dark');
  await expect(watched.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(control.locator('option:checked')).toHaveText('Dark');
  const dark = await background(watched);
  expect(dark).not.toBe(light);
  icons.add(await visibleIcon(watched));

  // The choice holds on another page and after a reload, before any script runs (no flash).
  await watched.goto('/articles/overview/');
  await expect(watched.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background(watched)).toBe(dark);
  await watched.reload();
  await expect(themeControl(watched)).toHaveValue('dark');

  await themeControl(watched).selectOption('light');
  await expect(watched.locator('html')).toHaveAttribute('data-theme', 'light');
  icons.add(await visibleIcon(watched));
  // Light wins over a dark OS.
  await watched.emulateMedia({ colorScheme: 'dark' });
  expect(await background(watched)).toBe(light);

  // Back to System: nothing stored, the OS decides again.
  await themeControl(watched).selectOption('system');
  await expect(watched.locator('html')).not.toHaveAttribute('data-theme', /./);
  expect(await background(watched)).toBe(dark);
  await watched.reload();
  await expect(themeControl(watched)).toHaveValue('system');
  expect(await watched.evaluate(() => localStorage.getItem('theme'))).toBeNull();

  // Three states, three different icons, one shown at a time.
  expect([...icons].sort()).toEqual(['ico-dark', 'ico-light', 'ico-system']);
  expect(problems).toEqual([]);
});

test('the control works from the keyboard', async ({ watched, problems }) => {
  await watched.emulateMedia({ colorScheme: 'light' });
  await watched.goto('/');
  const control = themeControl(watched);
  await control.focus();
  await watched.keyboard.press('ArrowDown');
  await expect(control).not.toHaveValue('system');
  await expect(watched.locator('html')).toHaveAttribute('data-theme', /^(light|dark)$/);
  expect(problems).toEqual([]);
});

test('without JavaScript the theme follows the OS and no dead control is shown', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('[data-theme-control]')).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /theme/i })).toHaveCount(0);
  const dark = await background(page);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background(page)).not.toBe(dark);
  await context.close();
});
