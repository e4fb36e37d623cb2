import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { cachedBytes, cachedJson, cachedText, keptTable, writeKeptTables } from '../../src/lib/build-cache';

// A folder of this run's own under the real cache, removed afterwards.
const name = `test-${randomUUID()}`;
const dir = join(process.cwd(), 'node_modules', '.cache', name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('an output is made once for the same inputs and again for any other input, and survives the process as a file', () => {
  let made = 0;
  const make = (s: string) => () => (made++, s.toUpperCase());
  expect(cachedText(name, ['v1', 'abc'], make('abc'))).toBe('ABC');
  expect(cachedText(name, ['v1', 'abc'], make('abc'))).toBe('ABC');
  expect(made).toBe(1);
  // A changed input (a library version, the text itself), or the same characters split otherwise, is another entry.
  cachedText(name, ['v2', 'abc'], make('abc'));
  cachedText(name, ['v1a', 'bc'], make('abc'));
  expect(made).toBe(3);
  expect(readdirSync(dir).filter((f) => !f.endsWith('.part'))).toHaveLength(3);
  expect(readdirSync(dir).some((f) => f.endsWith('.part'))).toBe(false);
});

test('bytes come back as they were made', () => {
  const png = new Uint8Array([137, 80, 78, 71, 0, 255]);
  let made = 0;
  expect(cachedBytes(name, ['png', 'x'], () => (made++, png))).toEqual(png);
  expect(cachedBytes(name, ['png', 'x'], () => (made++, new Uint8Array()))).toEqual(png);
  expect(made).toBe(1);
  expect(existsSync(dir)).toBe(true);
});

test('a value comes back as JSON makes it, made once', () => {
  let made = 0;
  const value = { labels: [{ id: 'a', x: 1.5, lines: ['A', 'B'] }], fitted: true };
  expect(cachedJson(name, ['json', 'v1'], () => (made++, value))).toEqual(value);
  expect(cachedJson(name, ['json', 'v1'], () => (made++, { labels: [] }))).toEqual(value);
  expect(made).toBe(1);
});

test('a kept table comes back with its values, NaN included, under the same inputs only', () => {
  const table = keptTable(name, ['widths', 'v1']);
  expect(table.size).toBe(0);
  table.set('a', 0.1 + 0.2);
  table.set('missing', NaN);
  writeKeptTables();
  const again = keptTable(name, ['widths', 'v1']);
  expect(again.get('a')).toBe(0.1 + 0.2);
  expect(again.get('missing')).toBeNaN();
  expect(keptTable(name, ['widths', 'v2']).size).toBe(0);
});
