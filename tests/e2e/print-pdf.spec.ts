import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { articlePaths, builtLangs, inLangPath } from './pages';

/**
 * What comes out of the printer: Chromium prints (page.pdf, A4) every article of the built site and
 * the educators' page, and poppler's `pdftotext -bbox-layout` reads back where every word landed.
 * On paper no two words may overlap, no word may leave the sheet, no button or form field may
 * show, and no heading may end a page with its text on the next one.
 */

const PAGES = builtLangs().flatMap((lang) => [...articlePaths(lang), inLangPath(lang, '/educators/')]);
// A4 less 15 mm margins on each side: 180 mm = 680 CSS px wide.
const MARGIN = '15mm';
const PRINT_WIDTH = 680;

interface Word {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
interface Line {
  text: string;
  y0: number;
  y1: number;
}
interface Sheet {
  width: number;
  height: number;
  words: Word[];
  lines: Line[];
}

const num = (s: string, name: string) => Number(new RegExp(`${name}="([\\d.]+)"`).exec(s)![1]);
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** The words and lines of every sheet of a PDF, from `pdftotext -bbox-layout` (poppler-utils). */
function sheetsOf(pdfPath: string): Sheet[] {
  let html: string;
  try {
    html = execFileSync('pdftotext', ['-bbox-layout', pdfPath, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    throw new Error(`pdftotext failed (install Debian's poppler-utils; .ci/run does): ${(e as Error).message}`);
  }
  return [...html.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)].map(([, attrs, body]) => {
    const words: Word[] = [];
    const lines: Line[] = [];
    for (const [, la, lb] of body!.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)) {
      const ws = [...lb!.matchAll(/<word ([^>]*)>([\s\S]*?)<\/word>/g)].map(([, wa, t]) => ({
        text: decode(t!),
        x0: num(wa!, 'xMin'),
        y0: num(wa!, 'yMin'),
        x1: num(wa!, 'xMax'),
        y1: num(wa!, 'yMax'),
      }));
      words.push(...ws);
      lines.push({ text: ws.map((w) => w.text).join(' '), y0: num(la!, 'yMin'), y1: num(la!, 'yMax') });
    }
    return { width: num(attrs!, 'width'), height: num(attrs!, 'height'), words, lines };
  });
}

/**
 * Two words printed over each other. Word boxes run from the font's ascent to its descent, so the
 * lines of tight text may touch by a few per cent of their height; print over print covers more
 * than a tenth. A word drawn twice in place (a label and its halo) is one word.
 */
function overlap(a: Word, b: Word): boolean {
  if (a.text === b.text && Math.abs(a.x0 - b.x0) < 0.5 && Math.abs(a.x1 - b.x1) < 0.5 && Math.abs(a.y1 - b.y1) < 2) return false;
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 1 && h > 0.1 * Math.min(a.y1 - a.y0, b.y1 - b.y0);
}

async function printed(page: Page, path: string, out: string): Promise<Sheet[]> {
  await page.goto(path);
  await page.evaluate(() => document.fonts.ready);
  const pdf = await page.pdf({ format: 'A4', margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } });
  writeFileSync(out, pdf);
  return sheetsOf(out);
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

for (const path of PAGES) {
  test.describe(`printing ${path}`, () => {
    test.use({ viewport: { width: PRINT_WIDTH, height: 960 } });

    test('on paper: no overlapping words, nothing off the sheet, no buttons, no stranded headings', async ({ page }, info) => {
      const sheets = await printed(page, path, info.outputPath('printed.pdf'));
      expect(sheets.length).toBeGreaterThan(0);
      const problems: string[] = [];
      sheets.forEach((sheet, p) => {
        const ws = sheet.words;
        for (let i = 0; i < ws.length; i++) {
          const a = ws[i]!;
          if (a.x0 < -0.5 || a.y0 < -0.5 || a.x1 > sheet.width + 0.5 || a.y1 > sheet.height + 0.5)
            problems.push(`page ${p + 1}: "${a.text}" leaves the sheet (x ${a.x0.toFixed(0)}–${a.x1.toFixed(0)} of ${sheet.width.toFixed(0)})`);
          for (let j = i + 1; j < ws.length; j++) {
            const b = ws[j]!;
            if (overlap(a, b)) problems.push(`page ${p + 1}: "${a.text}" and "${b.text}" overlap at y ${a.y0.toFixed(0)}`);
          }
        }
        // A Copy button on paper: the word on a line of its own.
        for (const l of sheet.lines) if (/^Copy( code)?$/.test(l.text.trim())) problems.push(`page ${p + 1}: a "${l.text.trim()}" button is printed`);
      });

      // A heading (or a field's label, "MLA 9") must not be the last thing on a sheet that is not
      // the last: the last one, two or three lines of a sheet are not, together, a heading near its
      // foot (a heading above a picture, which pdftotext does not see, is not at the foot).
      await page.emulateMedia({ media: 'print' });
      const headings = new Set(
        (await page.locator('main :is(h1, h2, h3, h4, h5, h6, label)').evaluateAll((els) =>
          els.filter((el) => el.checkVisibility()).map((el) => (el as HTMLElement).innerText),
        ))
          .map(norm)
          .filter(Boolean),
      );
      sheets.slice(0, -1).forEach((sheet, p) => {
        const lines = [...sheet.lines].sort((a, b) => a.y1 - b.y1);
        for (let k = 1; k <= Math.min(3, lines.length); k++) {
          const text = norm(lines.slice(-k).map((l) => l.text).join(' '));
          if (headings.has(text) && lines.at(-1)!.y1 > 0.8 * sheet.height) problems.push(`page ${p + 1} ends with the heading "${text}"; what it heads is on the next page`);
        }
      });
      expect(problems, problems.join('\n')).toEqual([]);
    });

    test('in print media: no control or form field is shown, and nothing is wider than the paper', async ({ page }) => {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      const shown = await page.evaluate(() =>
        [...document.querySelectorAll('button, input, textarea, select, [role="button"], summary')]
          .filter((el) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
          .filter((el) => el.tagName !== 'SUMMARY' || getComputedStyle(el).display !== 'none')
          .map((el) => `<${el.tagName.toLowerCase()}> ${(el.textContent ?? '').trim().slice(0, 40) || el.getAttribute('aria-label') || ''}`)
          .filter((s) => !s.startsWith('<summary>')),
      );
      expect(shown, `controls that would print:\n${shown.join('\n')}`).toEqual([]);
      const wide = await page.evaluate((width) => {
        const out: string[] = [];
        for (const el of document.querySelectorAll('main table, main pre, main figure, main img, main svg')) {
          const r = el.getBoundingClientRect();
          if (r.width === 0) continue;
          const clipped = el instanceof HTMLElement && el.scrollWidth > el.clientWidth + 1;
          if (r.right > width + 1 || clipped) out.push(`<${el.tagName.toLowerCase()}> ${el.className || ''} ends at ${Math.round(r.right)} px (scroll ${el instanceof HTMLElement ? el.scrollWidth : '-'})`);
        }
        return out;
      }, PRINT_WIDTH);
      expect(wide, `wider than the paper:\n${wide.join('\n')}`).toEqual([]);
    });
  });
}
