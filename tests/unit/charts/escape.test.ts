import { describe, expect, test } from 'vitest';
import { escapeXml } from '../../../src/charts/shared/escape';
import { el, num, roundPath, serialize } from '../../../src/charts/shared/svg';

describe('escapeXml', () => {
  test('escapes a script tag so it is inert text', () => {
    expect(escapeXml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
  test('escapes double and single quotes and ampersands', () => {
    expect(escapeXml(`"quoted" & 'single'`)).toBe('&quot;quoted&quot; &amp; &#39;single&#39;');
  });
  test('leaves plain text and typographic quotes alone', () => {
    expect(escapeXml('Spotlight’s group — 7.2%')).toBe('Spotlight’s group — 7.2%');
  });
  test('accepts numbers', () => {
    expect(escapeXml(42)).toBe('42');
  });
});

describe('serialize', () => {
  test('escapes text children and attribute values', () => {
    const svg = serialize(el('g', { 'data-tip-title': `"><script>x</script>` }, [el('text', {}, ['<b>&</b>'])]));
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('data-tip-title="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
    expect(svg).toContain('&lt;b&gt;&amp;&lt;/b&gt;');
  });
  test('writes one tag per line', () => {
    const svg = serialize(el('svg', {}, [el('g', {}, [el('rect', { x: 1 }), el('text', { y: 2 }, ['a'])])]));
    expect(svg.split('\n')).toEqual(['<svg>', '<g>', '<rect x="1"/>', '<text y="2">a</text>', '</g>', '</svg>']);
  });
  test('drops undefined and false attributes and rounds numbers to one decimal', () => {
    expect(serialize(el('rect', { x: 1.26, y: undefined, hidden: false, w: -0.01 }))).toBe('<rect x="1.3" w="0"/>');
  });
});

test('num and roundPath round to one decimal without "-0"', () => {
  expect(num(-0.04)).toBe('0');
  expect(num(3.14159)).toBe('3.1');
  expect(roundPath('M1.234,5.678L-0.04,2e-7Z')).toBe('M1.2,5.7L0,0Z');
});
