/**
 * The standalone stylesheet is derived from charts.css (the page's chart styles) and tokens.css,
 * and kept in src/charts/shared/standalone-rules.ts as a file snapshot: this test fails when that
 * file is stale, and `npx vitest run -u` regenerates it.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { deriveRules, lightTokens, rulesModule } from '../../../src/charts/shared/standalone-derive';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const chartsCss = read('src/charts/shared/charts.css');
const tokens = lightTokens(read('src/styles/tokens.css'));
const rules = deriveRules(chartsCss, tokens);

test('standalone-rules.ts is generated from the current charts.css and tokens.css', async () => {
  await expect(rulesModule(rules, tokens)).toMatchFileSnapshot('../../../src/charts/shared/standalone-rules.ts');
});

test('takes the light value of every token and resolves every var()', () => {
  expect(tokens.get('--bg')).toBe('#fdfcfa');
  expect(tokens.get('--c-brics-member')).toBe(tokens.get('--c-brics'));
  for (const r of rules) for (const [, v] of r.declarations) expect(v, r.selector).not.toMatch(/var\(|light-dark\(/);
});

/**
 * An independent reading of charts.css: every class that a `.chart …` rule (or a bare colour class)
 * styles with an SVG paint property must come out in some standalone rule. If the derivation ever
 * drops a rule, this names the class.
 */
test('every class charts.css styles for SVG content has a standalone rule', () => {
  const css = chartsCss.replace(/\/\*[\s\S]*?\*\//g, '').replace(/@(media|container)[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '');
  const styled = new Set<string>();
  for (const m of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (!/(^|;)\s*(fill|stroke|stroke-width|stroke-dasharray|opacity|display|font-weight|paint-order)\s*:/.test(m[2]!)) continue;
    for (const sel of m[1]!.split(',').map((s) => s.trim())) {
      if (/:(hover|focus)/.test(sel)) continue;
      const svg = /^(\[data-[\w-]+='[\w-]+'\] )?\.chart /.test(sel) || (/^(\.[\w-]+)+$/.test(sel) && !/^\.(chart-|sw)/.test(sel) && /(^|;)\s*(fill|stroke)\s*:/.test(m[2]!));
      if (!svg) continue;
      for (const c of sel.replace(/:not\([^)]*\)/g, '').matchAll(/\.([\w-]+)/g)) if (c[1] !== 'chart') styled.add(c[1]!);
    }
  }
  expect(styled.size).toBeGreaterThan(40);
  const covered = new Set(rules.flatMap((r) => r.classes));
  for (const c of styled) expect(covered.has(c), `.${c} is styled in charts.css but has no standalone rule`).toBe(true);
});

test('expands the category colour of ring and bracket marks, which resvg cannot inherit through --category-colour', () => {
  const css = rules.map((r) => `${r.selector}{${r.declarations.map(([p, v]) => `${p}:${v}`).join(';')}}`).join('\n');
  expect(css).toContain(`.chart .ring-mark.category-policy{stroke:${tokens.get('--c-policy')}}`);
  expect(css).toContain(`.chart .bracket-mark.category-war-sanctions{stroke:${tokens.get('--c-war-sanctions')}}`);
  expect(css).toContain(`.chart[data-view=formal] .country.has-mismatch{stroke:${tokens.get('--c-mismatch')};stroke-width:1.6;stroke-dasharray:3 2}`);
  expect(css).not.toMatch(/hover|focus|cursor|transition|--swatch-colour|--category-colour/);
});
