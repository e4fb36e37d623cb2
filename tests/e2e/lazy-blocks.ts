import { expect, type Locator, type Page } from '@playwright/test';

/**
 * An element's text as a reader sees it scrolling down: innerText, read block by block with each
 * block on screen. A block far from the screen is not laid out (`content-visibility: auto`), and
 * innerText leaves its text out until scrolling brings it near. Works with JavaScript off: the
 * scrolling is Playwright's, and the wait is for the text, not for a frame.
 */
export async function shownText(target: Locator): Promise<string> {
  const { lazy, holdsLazy } = await target.evaluate((el) => {
    const isLazy = (e: Element) => getComputedStyle(e).contentVisibility === 'auto';
    return { lazy: isLazy(el), holdsLazy: [...el.querySelectorAll('*')].some(isLazy) };
  });
  if (lazy) {
    await target.scrollIntoViewIfNeeded();
    await expect(target, 'a block brought on screen is laid out and shows text').not.toHaveText(/^\s*$/, { useInnerText: true });
    return target.innerText();
  }
  if (!holdsLazy) return target.innerText();
  const parts: string[] = [];
  for (const child of await target.locator(':scope > *').all()) parts.push(await shownText(child));
  return parts.filter(Boolean).join('\n\n');
}

/**
 * Lays out the whole page at once, as it is when every block has been scrolled to: a block far
 * from the screen is otherwise skipped (`content-visibility: auto`), and its paint containment
 * would clip what sticks out of it rather than let the page scroll sideways. Checks of the whole
 * page's geometry (no sideways scrolling) call this first, so a block off screen cannot hide a
 * line too wide for the window.
 */
export async function layOutWholePage(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('*'))
      if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
  });
}
