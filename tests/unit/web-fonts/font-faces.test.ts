import { describe, expect, it } from 'vitest';
import { fontFaceRules, replaceFontFaces } from '../../../src/integrations/web-fonts/font-faces';
import { usedFeatures, usedWeightRange } from '../../../src/integrations/web-fonts/font-usage';
import { rewriteStyles, styleHash } from '../../../src/integrations/style-hashes';
import { formatUnicodeRange, inRanges, parseUnicodeRange } from '../../../src/integrations/web-fonts/unicode-range';

const RULE = '@font-face{font-family:"S";src:url("/base/_astro/fonts/abc.woff2") format("woff2");unicode-range:U+0000-00FF, U+0131;font-weight:200 900;font-style:normal;}';
const FALLBACK = '@font-face{font-family:"S fallback";src:local("Arial");font-weight:200 900;}';

describe('web-font rules', () => {
  it('reads the file, range and weights of each rule that loads a built font, and skips local fallbacks', () => {
    expect(fontFaceRules(RULE + FALLBACK)).toEqual([
      { rule: RULE, url: '/base/_astro/fonts/abc.woff2', file: 'abc.woff2', unicodeRange: 'U+0000-00FF, U+0131', weight: '200 900' },
    ]);
  });

  it('swaps a rule’s file, range and weights, or drops the rule', () => {
    const css = `${RULE}${FALLBACK}:root{}`;
    const swapped = replaceFontFaces(css, () => ({ url: '/base/_astro/fonts/def.woff2', unicodeRange: 'U+0041', weight: '400 700' }));
    expect(swapped).toBe(`${RULE.replace('abc', 'def').replace('U+0000-00FF, U+0131', 'U+0041').replace('200 900', '400 700')}${FALLBACK}:root{}`);
    expect(replaceFontFaces(css, () => null)).toBe(`${FALLBACK}:root{}`);
  });

  it('writes the shortest unicode-range for a set of characters', () => {
    expect(formatUnicodeRange([0x41, 0x42, 0x43, 0xdf, 0xe4, 0xe5])).toBe('U+0041-0043, U+00DF, U+00E4-00E5');
    const ranges = parseUnicodeRange('U+0000-00FF, U+0131');
    expect(inRanges(ranges, 0xdf)).toBe(true);
    expect(inRanges(ranges, 0x105)).toBe(false);
  });

  it('reads the weights and features the CSS uses, not the weights fonts declare', () => {
    expect(usedWeightRange(`${RULE}p{font-weight:600}`)).toEqual([400, 700]);
    expect(usedWeightRange('p{font-weight:300}b{font-weight:bold}h1{font-weight:800}')).toEqual([300, 800]);
    expect(usedFeatures('td{font-variant-numeric:tabular-nums}')).toContain('tnum');
    expect(usedFeatures('p{}')).not.toContain('tnum');
  });
});

describe('inline style hashes', () => {
  const page = (css: string) =>
    `<meta http-equiv="content-security-policy" content="style-src 'self' '${styleHash(css)}' 'sha256-other='"><style>${css}</style>`;

  it('puts a rewritten style’s new hash where its old one was', () => {
    expect(rewriteStyles(page('a{}'), (css) => css.replace('a', 'b'))).toBe(page('b{}'));
  });

  it('refuses a style the policy never allowed', () => {
    const html = `<meta http-equiv="content-security-policy" content="style-src 'self'"><style>a{}</style>`;
    expect(() => rewriteStyles(html, () => 'b{}')).toThrow(/not in the page's CSP/);
  });
});
