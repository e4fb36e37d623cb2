import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { create, type Font } from 'fontkit';
import { metaPolicy } from '../../src/integrations/security-headers';
import { htmlFiles, read, readBytes } from './files';

const styles = (html: string) => [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const head = (html: string) => html.slice(0, html.indexOf('</head>'));

/** The characters a reader sees in a page's text (tags, scripts and styles removed, entities decoded). */
const pageText = (html: string) =>
  html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&(amp|lt|gt|quot);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[e]!);

const inRange = (range: string, cp: number) =>
  range.split(',').some((part) => {
    const [lo, hi = lo] = part.trim().replace(/^U\+/i, '').split('-');
    return cp >= parseInt(lo!, 16) && cp <= parseInt(hi!, 16);
  });

const fonts = new Map<string, Font>();
const fontAt = (file: string) => {
  if (!fonts.has(file)) fonts.set(file, create(readBytes(file)) as Font);
  return fonts.get(file)!;
};

describe('every page paints from its first response', () => {
  for (const file of htmlFiles()) {
    const html = read(file);

    it(`${file}: no stylesheet or script blocks rendering`, () => {
      expect(head(html)).not.toMatch(/<link[^>]*rel="stylesheet"/);
      for (const [tag] of head(html).matchAll(/<script[^>]*\ssrc=[^>]*>/g)) expect(tag).toMatch(/type="module"|\sasync|\sdefer/);
    });

    it(`${file}: its inline CSS declares every custom property it reads without a fallback`, () => {
      const css = styles(html).join('\n');
      const declared = new Set([...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]!));
      const read = [...css.matchAll(/var\(\s*(--[\w-]+)\s*\)/g)].map((m) => m[1]!);
      expect(read.filter((p) => !declared.has(p))).toEqual([]);
    });

    it(`${file}: its CSP allows exactly its own inline styles`, () => {
      const policy = metaPolicy(html) ?? '';
      const allowed = (/style-src([^;]*)/.exec(policy)?.[1] ?? '').match(/'sha256-[^']+'/g) ?? [];
      expect([...allowed].sort()).toEqual([...new Set(styles(html).map(sha))].sort());
    });
  }
});

describe('web fonts are subsets of what the site shows', () => {
  for (const file of htmlFiles()) {
    const html = read(file);
    const faces = styles(html).flatMap((css) => [...css.matchAll(/@font-face\{[^}]*url\("?[^")]*?(_astro\/fonts\/[\w.-]+)"?\)[^}]*\}/g)]);

    it(`${file}: each font file is named by its content, and draws every character its rule claims`, () => {
      for (const face of faces) {
        const path = face[1]!;
        expect(path).toBe(`_astro/fonts/${createHash('sha256').update(readBytes(path)).digest('hex').slice(0, 16)}.woff2`);
        const range = /unicode-range:([^;}]+)/.exec(face[0])![1]!;
        const font = fontAt(path);
        for (const cp of font.characterSet) expect(inRange(range, cp) || cp < 0x20 || cp === 0xffff, `U+${cp.toString(16)} in ${path} but not in its range`).toBe(true);
        for (const part of range.split(',')) {
          const [lo, hi = lo] = part.trim().replace(/^U\+/i, '').split('-').map((h) => parseInt(h, 16));
          for (let cp = lo!; cp <= hi!; cp++) expect(font.hasGlyphForCodePoint(cp), `U+${cp.toString(16)} claimed by ${path}`).toBe(true);
        }
      }
    });

    it(`${file}: each font family it loads is one its CSS uses`, () => {
      const outside = styles(html).join('\n').replace(/@font-face\{[^}]*\}/g, '');
      for (const face of faces) expect(outside).toContain(/font-family:("[^"]+")/.exec(face[0])![1]);
    });

    it(`${file}: every Latin character of its text is in one of its font rules`, () => {
      if (!faces.length) return;
      const ranges = faces.map((f) => /unicode-range:([^;}]+)/.exec(f[0])![1]!);
      const missing = [...new Set(pageText(html))].filter((ch) => /[\p{Script=Latin}\d.,;:!?'"’‘“”–—()&%/-]/u.test(ch) && !ranges.some((r) => inRange(r, ch.codePointAt(0)!)));
      expect(missing).toEqual([]);
    });
  }

  it('each font keeps its copyright, Reserved Font Name notice and licence URL, and ships with its licence', () => {
    const files = new Set(htmlFiles().flatMap((f) => [...read(f).matchAll(/(_astro\/fonts\/[\w.-]+\.woff2)/g)].map((m) => m[1]!)));
    expect(files.size).toBeGreaterThan(0);
    for (const file of files) {
      const font = fontAt(file);
      expect(font.getName('copyright', 'en')).toMatch(/Reserved Font Name/);
      expect(font.getName('licenseURL', 'en')).toMatch(/OFL/i);
    }
    expect(read('fonts/LICENSE-source-sans-3.txt')).toContain('SIL OPEN FONT LICENSE Version 1.1');
  });
});
