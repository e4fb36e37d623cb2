/**
 * The standalone stylesheet's derivation (src/charts/shared/standalone-derive.ts) on small fixture
 * stylesheets, and one reading of the real chart stylesheets that the derivation must cover.
 */
import postcss, { type Rule } from 'postcss';
import selectorParser from 'postcss-selector-parser';
import { describe, expect, test } from 'vitest';
import { deriveRules } from '../../../src/charts/shared/standalone-derive';
import { chartStylesheets, standaloneRules } from '../../../src/charts/shared/standalone';
import { themeTokens } from '../../../src/styles/tokens';

const TOKENS_CSS = `:root {
  --ink: light-dark(#111111, #eeeeee);
  --paper: light-dark(#fafafa, #000000);
  --alias: var(--ink);
  --font: var(--font-from-elsewhere), serif;
}`;
const tokens = themeTokens(TOKENS_CSS, 'light');
const css = (rules: ReturnType<typeof deriveRules>) => rules.map((r) => `${r.selector}{${r.declarations.map(([p, v]) => `${p}:${v}`).join(';')}}`);

describe('tokens', () => {
  test('light-dark() picks the theme, var() follows aliases, an outside var() stays', () => {
    expect(tokens.get('--alias')).toBe('#111111');
    expect(themeTokens(TOKENS_CSS, 'dark').get('--alias')).toBe('#eeeeee');
    expect(tokens.get('--font')).toBe('var(--font-from-elsewhere), serif');
  });
  test('a circular token is an error', () => {
    expect(() => themeTokens(':root { --a: var(--b); --b: var(--a); }', 'light')).toThrow(/circular/);
  });
});

describe('deriveRules', () => {
  test('keeps the SVG paint of .chart rules, with token values, and nothing a file cannot show', () => {
    const rules = deriveRules(
      [
        `.chart .mark { fill: var(--ink); cursor: pointer; transition: fill 1s; stroke-width: 2; }
         .chart .mark:hover { fill: var(--paper); }
         .chart .mark:not(.muted) { opacity: 0.5; }
         .page-only { color: red; fill: red; margin: 0; }
         @media (prefers-reduced-motion: reduce) { .chart .mark { fill: red; } }
         .chart-title { font-weight: 700; }`,
      ],
      tokens,
    );
    expect(css(rules)).toEqual(['.chart .mark{fill:#111111;stroke-width:2}', '.chart .mark:not(.muted){opacity:0.5}', '.page-only{fill:red}']);
    expect(rules[1]!.classes).toEqual(['chart', 'mark']);
  });

  test("a switch's state moves onto the root and is remembered", () => {
    const [rule] = deriveRules([`[data-view='formal'] .chart .country.formal-x { fill: var(--alias); }`], tokens);
    expect(rule).toEqual({
      selector: '.chart[data-view=formal] .country.formal-x',
      classes: ['chart', 'country', 'formal-x'],
      state: { name: 'view', value: 'formal' },
      declarations: [['fill', '#111111']],
    });
  });

  test('bare colour classes are kept only when they paint', () => {
    const rules = deriveRules([`.colour-a { --swatch: var(--ink); fill: var(--ink); } .layout-b { display: none; }`], tokens);
    expect(css(rules)).toEqual(['.colour-a{fill:#111111}']);
  });

  test('a chart-local custom property becomes one rule per class that sets it, on the mark and on an ancestor', () => {
    const rules = deriveRules(
      [`.cat-a { --cat: var(--ink); } .cat-b { --cat: #222222; } .chart .ring { fill: var(--paper); stroke: var(--cat, var(--alias)); }`],
      tokens,
    );
    expect(css(rules)).toEqual([
      '.chart .ring{fill:#fafafa;stroke:#111111}',
      '.chart .cat-a .ring{stroke:#111111}',
      '.chart .cat-b .ring{stroke:#222222}',
      '.chart .ring.cat-a{stroke:#111111}',
      '.chart .ring.cat-b{stroke:#222222}',
    ]);
  });

  test('refuses what a file could not resolve', () => {
    expect(() => deriveRules(['.chart .a { fill: var(--nope); }'], tokens)).toThrow(/unknown token var\(--nope\)/);
    expect(() => deriveRules(['.chart .a { --local: red; } .chart .b { fill: var(--local); }'], tokens)).toThrow(/only bare class selectors/);
    expect(() => deriveRules(['.chart .a { font-weight: var(--font); }'], tokens)).toThrow(/unresolved value/);
  });

  test('reads every stylesheet it is given, in order', () => {
    const rules = deriveRules(['.chart .a { fill: var(--ink); }', '.chart .a { fill: var(--paper); }'], tokens);
    expect(css(rules)).toEqual(['.chart .a{fill:#111111}', '.chart .a{fill:#fafafa}']);
  });
});

/**
 * A second reading of the real chart stylesheets (shared and each chart's): every class that a
 * `.chart …` rule, a state rule or a bare colour class paints must come out in some standalone rule.
 */
test('every class the chart stylesheets paint for SVG content has a standalone rule', () => {
  const PAINT = /^(fill|stroke|stroke-width|stroke-dasharray|opacity|display|font-weight|paint-order)$/;
  const styled = new Set<string>();
  for (const sheet of chartStylesheets())
    postcss.parse(sheet).each((node) => {
      if (node.type !== 'rule') return; // at-rules (@media, @container) are page-only
      const rule = node as Rule;
      const props = rule.nodes.flatMap((d) => (d.type === 'decl' ? [d.prop] : []));
      if (!props.some((p) => PAINT.test(p))) return;
      selectorParser((root) =>
        root.each((sel) => {
          let interactive = false;
          sel.walkPseudos((p) => void (p.value !== ':not' && (interactive = true)));
          const classes: string[] = [];
          sel.walkClasses((c) => void (c.parent?.parent?.type !== 'pseudo' && classes.push(c.value)));
          const inChart = classes.includes('chart');
          const bareColour = sel.nodes.every((n) => n.type === 'class') && !classes.some((c) => c.startsWith('chart') || c.startsWith('swatch')) && props.some((p) => p === 'fill' || p === 'stroke');
          if (interactive || !(inChart || bareColour)) return;
          for (const c of classes) if (c !== 'chart') styled.add(c);
        }),
      ).processSync(rule.selector);
    });
  expect(styled.size).toBeGreaterThan(40);
  const covered = new Set(standaloneRules().flatMap((r) => r.classes));
  expect([...styled].filter((c) => !covered.has(c)).map((c) => `.${c} is painted in the chart CSS but has no standalone rule`)).toEqual([]);
});
