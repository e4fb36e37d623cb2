import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { allPages, builtFile } from './pages';

/**
 * The web font never holds up a reader's first page (src/scripts/theme-init.ts): a first visit
 * asks for no font file until the page has loaded, then fetches the files into the cache; the next
 * page is drawn in Source Sans 3 from its first frame. Every page that carries the font's
 * @font-face (embeds carry none) is a possible first page.
 */
const withFont = allPages().filter((p) => /@font-face\{[^}]*\.woff2/.test(readFileSync(builtFile(p), 'utf8')));

test('some pages carry the web font', () => {
  expect(withFont.length).toBeGreaterThan(0);
});

for (const path of withFont)
  test(`${path}: first visit, no font before the page has loaded; then the font from the cache`, async ({ watched: page, problems }) => {
    await page.goto(path);
    await expect.poll(() => page.evaluate(() => localStorage.getItem('web-fonts'))).toBe('1');
    const first = await page.evaluate(() => ({
      loadStart: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart,
      fonts: performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.woff2')).map((r) => ({ name: r.name, start: r.startTime })),
      webFonts: document.documentElement.classList.contains('web-fonts'),
    }));
    expect(first.webFonts).toBe(false);
    expect(first.fonts.length, 'the font files were fetched once the page had loaded').toBeGreaterThan(0);
    for (const f of first.fonts) expect(f.start, `${f.name} was asked for before the page had loaded`).toBeGreaterThanOrEqual(first.loadStart);

    // The next page, as a reader who follows a link reaches it (in the same tab, once this one has
    // asked for all it asks for, the font files included): html.web-fonts before the first paint, the
    // heading drawn in the web font.
    await page.waitForLoadState('networkidle');
    await page.goto(path);
    await expect(page.locator('html')).toHaveClass(/\bweb-fonts\b/);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    expect(fonts.map((f) => f.familyName).join(', ')).toMatch(/^Source Sans 3/);
    expect(problems).toEqual([]);
  });
