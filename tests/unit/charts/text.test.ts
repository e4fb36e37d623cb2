import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { designWidth, fallbackWidth, textWidth, wrap } from '../../../src/charts/shared/text';

/** Properties of the measured widths; tests/e2e/text-width.spec.ts compares them with Chromium. */
const { strings } = JSON.parse(readFileSync(new URL('../../fixtures/text-width/strings.json', import.meta.url), 'utf8')) as { strings: string[] };
const WEIGHTS = [400, 600, 700] as const;

test('a label is as wide as the wider of the design font and the Arial-metric fallback', () => {
  for (const s of strings)
    for (const w of WEIGHTS) {
      expect(textWidth(s, 13, w), s).toBeCloseTo(Math.max(designWidth(s, 13, w), fallbackWidth(s, 13, w)), 9);
      expect(textWidth(s, 26, w), s).toBeCloseTo(2 * textWidth(s, 13, w), 9);
    }
});

test('keywords name the numeric weights, and heavier is never narrower', () => {
  for (const s of strings) {
    expect(textWidth(s, 13, 'normal')).toBe(textWidth(s, 13, 400));
    expect(textWidth(s, 13, 'bold')).toBe(textWidth(s, 13, 700));
    expect(designWidth(s, 13, 600), s).toBeGreaterThan(designWidth(s, 13, 400));
    expect(designWidth(s, 13, 700), s).toBeGreaterThan(designWidth(s, 13, 600));
  }
});

test('kerning and ligatures count, as the browser shapes them', () => {
  expect(designWidth('AV', 100)).toBeLessThan(designWidth('A', 100) + designWidth('V', 100) - 1);
  expect(fallbackWidth('AV', 100)).toBeLessThan(fallbackWidth('A', 100) + fallbackWidth('V', 100) - 1);
});

test('a character neither font has counts a full em, so text with it still fits', () => {
  expect(textWidth('中', 20)).toBe(20);
  expect(textWidth('a中b', 20)).toBeCloseTo(textWidth('a', 20) + 20 + textWidth('b', 20), 9);
});

test('wrap never lets a line outgrow its width, unless one word alone does', () => {
  for (const s of strings)
    for (const width of [60, 120, 200])
      for (const line of wrap(s, 13, width, 'bold')) if (line.includes(' ')) expect(textWidth(line, 13, 'bold'), line).toBeLessThanOrEqual(width);
});
