import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { articlePaths, builtLangs } from './pages';

/**
 * Glossary terms in the articles are toggletips: a button (the word) that opens a popover with the
 * definition and a link to the glossary entry, by tap, by keyboard and without JavaScript.
 */
const terms = (page: Page) => page.locator('main button[popovertarget]');

async function tipOf(button: Locator): Promise<Locator> {
  const id = await button.getAttribute('popovertarget');
  expect(id, 'the button names its popover').toBeTruthy();
  return button.page().locator(`[id="${id}"]`);
}

/** The popover's box is wholly inside the window. */
async function expectInView(page: Page, tip: Locator): Promise<void> {
  const box = await tip.boundingBox();
  const vp = page.viewportSize()!;
  expect(box, 'the definition is shown').not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(vp.width);
  expect(box!.y + box!.height).toBeLessThanOrEqual(vp.height);
}

test.describe('on a 320 px touch screen', () => {
  test.use({ viewport: { width: 320, height: 568 }, hasTouch: true, isMobile: true });
  for (const path of builtLangs().flatMap((lang) => articlePaths(lang))) {
    test(`${path}: every term opens its definition by tap and closes with Escape`, async ({ watched, problems }) => {
      await watched.goto(path);
      // No definitions hidden in title attributes (a tap on those only follows the link).
      await expect(watched.locator('main .term[title], main [data-term][title]')).toHaveCount(0);
      const buttons = await terms(watched).all();
      expect(buttons.length, 'the article uses glossary terms').toBeGreaterThan(0);
      for (const button of buttons) {
        // Its text, not innerText: a block far below the screen is not laid out until it comes near it.
        const word = ((await button.textContent()) ?? '').trim();
        await expect(watched.getByRole('button', { name: word, exact: true }).first()).toBeAttached();
        const tip = await tipOf(button);
        await expect(tip).toBeHidden();
        await button.tap();
        await expect(tip).toBeVisible();
        await expectInView(watched, tip);
        // A named note with the definition and a link to the glossary entry.
        const name = await tip.locator('strong').innerText();
        await expect(watched.getByRole('note', { name })).toBeVisible();
        await expect(tip.getByRole('link')).toHaveAttribute('href', new RegExp(`/glossary/#${await button.getAttribute('data-term')}$`));
        await watched.keyboard.press('Escape');
        await expect(tip).toBeHidden();
      }
      expect(problems).toEqual([]);
    });
  }
});

for (const width of [320, 360, 390]) {
  test(`at ${width} px no line starts with the punctuation that follows a term`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const stray: string[] = [];
    let checked = 0;
    for (const path of builtLangs().flatMap((lang) => articlePaths(lang))) {
      await page.goto(path);
      const found = await page.evaluate(() =>
        [...document.querySelectorAll('main button[popovertarget]')].flatMap((b) => {
          // The text right after the term's box: its first character's line box.
          const wrap = b.parentElement!;
          const walker = document.createTreeWalker(wrap.parentElement!, NodeFilter.SHOW_TEXT);
          walker.currentNode = wrap.lastChild ?? wrap;
          let next: Node | null = walker.nextNode();
          while (next && wrap.contains(next) && next.parentElement!.closest('[popover]')) next = walker.nextNode();
          if (!next || !/^[,.;:!?)]/.test(next.textContent ?? '')) return [];
          const r = document.createRange();
          r.setStart(next, 0);
          r.setEnd(next, 1);
          const mark = r.getBoundingClientRect();
          const lines = b.getClientRects();
          const last = lines[lines.length - 1]!;
          return [{ word: b.textContent, char: next.textContent![0], sameLine: Math.abs(mark.bottom - last.bottom) < last.height / 2 }];
        }),
      );
      checked += found.length;
      stray.push(...found.filter((f) => !f.sameLine).map((f) => `${path}: "${f.word}" then "${f.char}"`));
    }
    expect(checked, 'terms followed by punctuation').toBeGreaterThan(0);
    expect(stray).toEqual([]);
  });
}

test('a term opens from the keyboard, its glossary link is the next Tab stop, and Escape closes it', async ({ watched, problems }) => {
  await watched.setViewportSize({ width: 1280, height: 800 });
  await watched.goto('/articles/partners/');
  const button = terms(watched).first();
  const tip = await tipOf(button);
  await button.focus();
  await watched.keyboard.press('Enter');
  await expect(tip).toBeVisible();
  await expectInView(watched, tip);
  await watched.keyboard.press('Tab');
  await expect(tip.getByRole('link')).toBeFocused();
  await watched.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await watched.keyboard.press('Space');
  // Space on the refocused button opens it again.
  await expect(button).toBeFocused();
  await expect(tip).toBeVisible();
  expect(problems).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 320, height: 568 }, hasTouch: true });
  test('a tap still opens the definition, with its link to the glossary', async ({ page }) => {
    await page.goto('/articles/software/');
    const button = terms(page).first();
    const tip = await tipOf(button);
    await button.tap();
    await expect(tip).toBeVisible();
    await expectInView(page, tip);
    await tip.getByRole('link').click();
    await expect(page).toHaveURL(/\/glossary\/#[a-z0-9-]+$/);
  });
});
