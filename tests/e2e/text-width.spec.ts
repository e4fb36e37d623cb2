import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test, expect, type Page } from '@playwright/test';
import { MEASURED_FONTS, type FontWeight } from '../../src/charts/shared/chart-font';
import { designWidth, fallbackWidth, textWidth } from '../../src/charts/shared/text';

/**
 * The widths the build lays labels out with (shared/text.ts) are the widths Chromium draws: each
 * fixture string is drawn as SVG text in the measured font files (loaded with @font-face, so no
 * installed font takes part) and in the site's own variable web font, and its
 * getComputedTextLength() must be within 2 % of what text.ts says.
 */

const require = createRequire(import.meta.url);
const { strings } = JSON.parse(readFileSync(new URL('../fixtures/text-width/strings.json', import.meta.url), 'utf8')) as { strings: string[] };
const WEIGHTS: FontWeight[] = [400, 600, 700];
const SIZES = [12, 20];
const TOLERANCE = 0.02;

const dataUrl = (pkgPath: string, type: string) => `data:${type};base64,${readFileSync(require.resolve(pkgPath)).toString('base64')}`;

/** @font-face rules: one family per measured file, and the site's variable font (every weight). */
function faces(): { css: string; family: (font: 'design' | 'fallback' | 'site', w: FontWeight) => string } {
  const rules: string[] = [];
  for (const font of ['design', 'fallback'] as const)
    for (const w of WEIGHTS) rules.push(`@font-face{font-family:'${font}-${w}';src:url(${dataUrl(MEASURED_FONTS[font][w], 'font/ttf')})}`);
  rules.push(
    `@font-face{font-family:site;font-weight:200 900;src:url(${dataUrl('@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2', 'font/woff2')})}`,
  );
  return { css: rules.join('\n'), family: (font, w) => (font === 'site' ? 'site' : `${font}-${w}`) };
}

/** Chromium's width of each string in each family, weight and size. */
async function drawnWidths(page: Page, runs: { family: string; weight: FontWeight; size: number; text: string }[]): Promise<number[]> {
  return page.evaluate(async (runs) => {
    await Promise.all([...new Set(runs.map((r) => `${r.weight} 16px '${r.family}'`))].map((f) => document.fonts.load(f)));
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.body.appendChild(document.createElementNS(ns, 'svg'));
    return runs.map((r) => {
      const t = svg.appendChild(document.createElementNS(ns, 'text'));
      t.setAttribute('font-family', `'${r.family}'`);
      t.setAttribute('font-weight', String(r.weight));
      t.setAttribute('font-size', String(r.size));
      t.textContent = r.text;
      return t.getComputedTextLength();
    });
  }, runs);
}

test('text widths match what Chromium draws in the design font and the fallback, within 2 %', async ({ page }) => {
  const { css, family } = faces();
  await page.setContent(`<!doctype html><style>${css}</style><body></body>`);
  const runs = WEIGHTS.flatMap((weight) =>
    SIZES.flatMap((size) => strings.flatMap((text) => (['design', 'fallback', 'site'] as const).map((font) => ({ font, family: family(font, weight), weight, size, text })))),
  );
  const drawn = await drawnWidths(page, runs);
  const byRun = new Map(runs.map((r, i) => [`${r.font} ${r.weight} ${r.size} ${r.text}`, drawn[i]!]));
  const off: string[] = [];
  const check = (what: string, measured: number, browser: number) => {
    if (Math.abs(measured - browser) > TOLERANCE * browser)
      off.push(`${what}: measured ${measured.toFixed(2)} px, Chromium ${browser.toFixed(2)} px (${(((measured - browser) / browser) * 100).toFixed(1)} %)`);
  };
  for (const weight of WEIGHTS)
    for (const size of SIZES)
      for (const text of strings) {
        const at = (font: string) => byRun.get(`${font} ${weight} ${size} ${text}`)!;
        const label = `“${text}” ${weight} ${size}px`;
        check(`${label} in Source Sans 3`, designWidth(text, size, weight), at('design'));
        check(`${label} in the site's variable Source Sans 3`, designWidth(text, size, weight), at('site'));
        check(`${label} in Arimo`, fallbackWidth(text, size, weight), at('fallback'));
        // What layouts use: wide enough for either font, and no wider than the wider of them.
        check(`${label}, textWidth against the wider drawing`, textWidth(text, size, weight), Math.max(at('design'), at('site'), at('fallback')));
      }
  expect(off, off.join('\n')).toEqual([]);
});
