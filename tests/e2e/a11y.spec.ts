import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { builtPages, langOfPath, rootLang } from './pages';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const theme of ['light', 'dark'] as const) {
  test.describe(`axe, ${theme} theme`, () => {
    test.use({ colorScheme: theme });
    // The other languages' pages in the light theme only: both languages share every colour, and
    // what a language changes (names, lang attributes, text) is the same in either theme.
    // Every page in one tab, each checked on its own: a page opens in a fraction of a fresh tab's time.
    test.describe.configure({ timeout: 300_000 });
    const paths = [...builtPages(), '/no-such-page/'].filter((p) => theme === 'light' || langOfPath(p) === rootLang());
    test(`none of ${paths.length} pages has a WCAG 2.2 A/AA violation`, async ({ page }) => {
      for (const path of paths) {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        const summary = results.violations.map(
          (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`,
        );
        expect.soft(summary, path).toEqual([]);
      }
    });
  });
}
