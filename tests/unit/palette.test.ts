/**
 * The chart palette in src/styles/tokens.css: every colour that marks data keeps 3:1 against the
 * page background in both themes (WCAG 1.4.11), and the map's groups stay apart for readers with
 * the common colour-vision deficiencies.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('src/styles/tokens.css', 'utf8');
const token = (name: string): [string, string] => {
  const m = css.match(new RegExp(`--${name}: light-dark\\((#[0-9a-f]{6}), (#[0-9a-f]{6})\\)`, 'i'));
  if (!m) throw new Error(`tokens.css has no light-dark() value for --${name}`);
  return [m[1]!, m[2]!];
};
const colourTokens = [...css.matchAll(/--(c-[\w-]+): light-dark/g)].map((m) => m[1]!);

/** Surfaces and textures, not marks: each is paired with something that carries the meaning. */
const NOT_MARKS: Record<string, string> = {
  'c-land': 'the map’s base land, behind the marks',
  'c-land-edge': 'hairline between countries',
  'c-track': 'the empty track behind a bar',
  'c-band': 'a range band; its dark end caps mark the values',
  'c-no-status': '“no status” in the formal view: carried by a dashed accent outline and the label “none”',
  'c-subject-area': 'Russia, the map’s subject, recedes on purpose: a light hatch, named by its bold label',
  'c-subject-hatch': 'the lines of Russia’s hatch, on --c-subject-area',
};

const rgb = (hex: string) => hex.match(/\w\w/g)!.map((h) => parseInt(h, 16) / 255) as [number, number, number];
const linear = (v: number) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
const luminance = (hex: string) => {
  const [r, g, b] = rgb(hex).map(linear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

// Machado, Oliveira & Fernandes (2009) simulation matrices at full severity, in linear RGB.
const CVD: Record<string, number[][]> = {
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};
/** CIE L*a*b* of a linear-RGB colour (D65). */
function lab([r, g, b]: number[]): [number, number, number] {
  const x = (0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047;
  const y = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  const z = (0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
const simulate = (hex: string, m: number[][] | undefined) => {
  const c = rgb(hex).map(linear);
  const s = m ? m.map((row) => Math.min(1, Math.max(0, row[0]! * c[0]! + row[1]! * c[1]! + row[2]! * c[2]!))) : c;
  return lab(s);
};
const deltaE = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

describe('the chart palette', () => {
  const [bgLight, bgDark] = token('bg');
  const marks = colourTokens.filter((t) => !(t in NOT_MARKS));

  it('has mark colours to check', () => {
    expect(marks.length).toBeGreaterThan(15);
  });

  for (const name of marks) {
    it(`--${name} keeps 3:1 against the background in light and dark`, () => {
      const [light, dark] = token(name);
      expect(contrast(light, bgLight)).toBeGreaterThanOrEqual(3);
      expect(contrast(dark, bgDark)).toBeGreaterThanOrEqual(3);
    });
  }

  const groups = ['china', 'authoritarian', 'eurasian', 'brics', 'other-partners', 'oecd-attache', 'transit-hub', 'subject'];
  for (const [vision, matrix] of [['typical', undefined], ...Object.entries(CVD)] as const) {
    for (const [i, theme] of ['light', 'dark'].entries()) {
      it(`the map’s eight groups stay apart with ${vision} colour vision (${theme} theme)`, () => {
        const colours = groups.map((g) => simulate(token(`c-${g}`)[i]!, matrix));
        let closest = Infinity;
        for (let a = 0; a < colours.length; a++)
          for (let b = a + 1; b < colours.length; b++) closest = Math.min(closest, deltaE(colours[a]!, colours[b]!));
        // Every country is also labelled by name, so colour never carries the group alone;
        // still, no two groups may look alike (ΔE*ab of 10 is a clearly visible difference).
        expect(closest).toBeGreaterThanOrEqual(10);
      });
    }
  }
});
