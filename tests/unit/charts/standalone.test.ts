/**
 * Standalone files (SVG and PNG downloads, Open Graph cards) carry their own stylesheet. These tests
 * apply that stylesheet the way an SVG renderer does (selectors, specificity, inheritance, display)
 * and check that no mark silently falls back to the renderer's default: black fill, no stroke.
 */
import { describe, expect, test } from 'vitest';
import { data } from '../../../src/data';
import { resolvedCharts } from '../../../src/charts';
import { serialize } from '../../../src/charts/shared/svg';
import { keyFor, switchState } from '../../../src/charts/shared/key';
import { LAYOUTS, type ResolvedChart } from '../../../src/charts/types';
import { STANDALONE_RULES, token } from '../../../src/charts/shared/standalone';

interface Node {
  tag: string;
  attrs: Record<string, string>;
  classes: string[];
  parent: Node | null;
  children: Node[];
  text: string;
}

const unescape = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** A small XML reader, enough for the renderers' own output. */
function parse(svg: string): Node {
  const root: Node = { tag: '#root', attrs: {}, classes: [], parent: null, children: [], text: '' };
  let cur = root;
  for (const m of svg.matchAll(/<(\/?)([\w:-]+)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>|([^<]+)/g)) {
    if (m[5] !== undefined) {
      cur.text += unescape(m[5]);
      continue;
    }
    if (m[1]) {
      cur = cur.parent!;
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of m[3]!.matchAll(/([\w:-]+)="([^"]*)"/g)) attrs[a[1]!] = unescape(a[2]!);
    const node: Node = { tag: m[2]!, attrs, classes: (attrs['class'] ?? '').split(/\s+/).filter(Boolean), parent: cur, children: [], text: '' };
    cur.children.push(node);
    if (!m[4]) cur = node;
  }
  return root;
}

interface Compound {
  tag?: string;
  classes: string[];
  attrs: [string, string][];
  not: string[];
}
interface Rule {
  parts: { compound: Compound; combinator: ' ' | '+' }[];
  specificity: number;
  order: number;
  decls: Record<string, string>;
}

function parseCompound(s: string): Compound {
  const nots = [...s.matchAll(/:not\(\.([\w-]+)\)/g)].map((m) => m[1]!);
  const rest = s.replace(/:not\([^)]*\)/g, '');
  const tag = /^[a-z][\w-]*/i.exec(rest)?.[0];
  return {
    ...(tag ? { tag } : {}),
    classes: [...rest.matchAll(/\.([\w-]+)/g)].map((m) => m[1]!),
    attrs: [...rest.matchAll(/\[([\w-]+)=['"]?([\w-]+)['"]?\]/g)].map((m) => [m[1]!, m[2]!] as [string, string]),
    not: nots,
  };
}

function parseStyle(css: string): Rule[] {
  const rules: Rule[] = [];
  let order = 0;
  for (const m of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const decls: Record<string, string> = {};
    for (const d of m[2]!.split(';')) {
      const i = d.indexOf(':');
      if (i > 0) decls[d.slice(0, i).trim()] = d.slice(i + 1).trim();
    }
    for (const sel of m[1]!.split(',')) {
      const tokens = sel.trim().replace(/\s*\+\s*/g, ' + ').split(/\s+/);
      const parts: Rule['parts'] = [];
      let combinator: ' ' | '+' = ' ';
      for (const t of tokens) {
        if (t === '+') combinator = '+';
        else {
          parts.push({ compound: parseCompound(t), combinator });
          combinator = ' ';
        }
      }
      const specificity = parts.reduce((n, p) => n + (p.compound.classes.length + p.compound.attrs.length + p.compound.not.length) * 100 + (p.compound.tag ? 1 : 0), 0);
      rules.push({ parts, specificity, order: order++, decls });
    }
  }
  return rules;
}

const matchesCompound = (n: Node, c: Compound) =>
  (!c.tag || n.tag === c.tag) &&
  c.classes.every((k) => n.classes.includes(k)) &&
  c.attrs.every(([k, v]) => n.attrs[k] === v) &&
  c.not.every((k) => !n.classes.includes(k));

function matches(n: Node, parts: Rule['parts'], i = parts.length - 1): boolean {
  if (!matchesCompound(n, parts[i]!.compound)) return false;
  if (i === 0) return true;
  if (parts[i]!.combinator === '+') {
    const siblings = n.parent?.children ?? [];
    const prev = siblings[siblings.indexOf(n) - 1];
    return prev !== undefined && matches(prev, parts, i - 1);
  }
  for (let a = n.parent; a && a.tag !== '#root'; a = a.parent) if (matches(a, parts, i - 1)) return true;
  return false;
}

const INHERITED = new Set(['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'font-weight']);

/** The specified value of a property: CSS beats presentation attributes; some properties inherit. */
function specified(n: Node, prop: string, rules: Rule[]): string | undefined {
  const hit = rules
    .filter((r) => prop in r.decls && matches(n, r.parts))
    .sort((a, b) => a.specificity - b.specificity || a.order - b.order)
    .at(-1);
  if (hit) return hit.decls[prop];
  if (n.attrs[prop] !== undefined) return n.attrs[prop];
  if (INHERITED.has(prop) && n.parent && n.parent.tag !== '#root') return specified(n.parent, prop, rules);
  return undefined;
}

const hidden = (n: Node, rules: Rule[]): boolean => {
  for (let a: Node | null = n; a && a.tag !== '#root'; a = a.parent) {
    if (['defs', 'clipPath', 'title', 'desc', 'style'].includes(a.tag)) return true;
    const d = rules.filter((r) => 'display' in r.decls && matches(a!, r.parts)).sort((x, y) => x.specificity - y.specificity || x.order - y.order).at(-1);
    if ((d?.decls['display'] ?? a.attrs['display']) === 'none') return true;
  }
  return false;
};

const all = (n: Node): Node[] => n.children.flatMap((c) => [c, ...all(c)]);

function renderStandalone(chart: ResolvedChart, layout: (typeof LAYOUTS)[number], state: Record<string, string>) {
  const svg = serialize(chart.render({ layout, theme: 'standalone', state }));
  const doc = parse(svg);
  const style = all(doc).find((n) => n.tag === 'style')!;
  return { svg, doc, rules: parseStyle(style.text) };
}

/** Every value of every switch, one at a time, the default first. */
function states(chart: ResolvedChart): Record<string, string>[] {
  const out: Record<string, string>[] = [{}];
  for (const c of chart.controls) if (c.kind === 'switch') for (const o of c.options) if (o.value !== switchState([c])[c.name]) out.push({ [c.name]: o.value });
  return out;
}

const SHAPES = new Set(['rect', 'circle', 'ellipse', 'path', 'line', 'polygon', 'polyline', 'text', 'tspan']);
const describeNode = (n: Node) => `<${n.tag} class="${n.attrs['class'] ?? ''}">${n.text ? ` ${n.text.slice(0, 30)}` : ''}`;

const charts = resolvedCharts('en', data);

for (const chart of charts) {
  describe(`${chart.id}, standalone`, () => {
    for (const layout of LAYOUTS) {
      for (const state of states(chart)) {
        const label = `${layout}${Object.keys(state).length ? `, ${JSON.stringify(state)}` : ''}`;
        const { svg, doc, rules } = renderStandalone(chart, layout, state);

        test(`${label}: every visible shape gets its paint from the stylesheet or its own attributes, never the black default`, () => {
          const problems: string[] = [];
          for (const n of all(doc)) {
            if (!SHAPES.has(n.tag) || hidden(n, rules)) continue;
            const fill = specified(n, 'fill', rules);
            const stroke = specified(n, 'stroke', rules);
            const stroked = stroke !== undefined && stroke !== 'none';
            if (n.tag === 'line' || n.tag === 'polyline') {
              if (!stroked) problems.push(`${describeNode(n)}: no stroke`);
            } else if (fill === undefined) problems.push(`${describeNode(n)}: no fill (would be black)`);
            else if (fill === 'none' && !stroked && n.tag !== 'text') problems.push(`${describeNode(n)}: neither fill nor stroke`);
          }
          expect(problems).toEqual([]);
        });

        test(`${label}: every class on a shape has a standalone rule (in some state), or is a plain hook`, () => {
          const styled = new Set(STANDALONE_RULES.flatMap((r) => r.classes));
          // Hooks for scripts, tooltips and structure: charts.css gives them no paint of their own.
          // (Russia's f-subject: it keeps its group colour, g-subject, in the formal view too.)
          const HOOKS = new Set(['dot', 'num-label', 'date', 'offmap', 'track-line', 'key-swatch', 'formal-subject', 'subject']);
          const unstyled = new Set<string>();
          for (const n of all(doc)) if (SHAPES.has(n.tag)) for (const c of n.classes) if (!styled.has(c) && !HOOKS.has(c)) unstyled.add(c);
          expect([...unstyled]).toEqual([]);
        });

        test(`${label}: is as large as standaloneSize() says, and its root carries the switch state`, () => {
          const { width, height } = chart.standaloneSize(layout, state);
          expect(svg).toMatch(new RegExp(`^<svg [^>]*viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"`));
          for (const [name, value] of Object.entries(switchState(chart.controls, state))) expect(doc.children[0]!.attrs[`data-${name}`]).toBe(value);
        });

        test(`${label}: draws the colour key of its state, so the file explains itself`, () => {
          const items = keyFor(chart.key, switchState(chart.controls, state));
          const key = all(doc).find((n) => n.classes.includes('key'));
          if (items.length === 0) {
            expect(key).toBeUndefined();
            return;
          }
          const labels = all(key!).filter((n) => n.tag === 'text').map((n) => n.text);
          expect(labels).toEqual(items.map((k) => k.label));
          for (const n of all(key!).filter((x) => x.tag !== 'text' && SHAPES.has(x.tag))) {
            const fill = specified(n, 'fill', rules);
            const stroke = specified(n, 'stroke', rules);
            expect(fill !== undefined && (fill !== 'none' || (stroke !== undefined && stroke !== 'none')), describeNode(n)).toBe(true);
          }
        });

        test(`${label}: the stylesheet has only literal values`, () => {
          const css = all(doc).find((n) => n.tag === 'style')!.text;
          expect(css).not.toMatch(/var\(|light-dark\(|:hover|:focus|transition|cursor/);
        });
      }
    }
  });
}

describe('the marks the standalone files used to draw black', () => {
  const paint = (chart: string, cls: string, prop: string, state: Record<string, string> = {}) => {
    const { doc, rules } = renderStandalone(charts.find((c) => c.id === chart)!, 'wide', state);
    const n = all(doc).find((x) => SHAPES.has(x.tag) && cls.split('.').every((c) => x.classes.includes(c)) && !hidden(x, rules));
    expect(n, `${chart}: .${cls}`).toBeDefined();
    return specified(n!, prop, rules);
  };
  test('competence-centres: the dollar bars in the dollar colour, the rouble bars in the rouble colour', () => {
    expect(paint('competence-centres', 'usd', 'fill')).toBe(token('--c-usd'));
    expect(paint('competence-centres', 'rub', 'fill')).toBe(token('--c-rub'));
  });
  test('russoft-survey: the highlighted bar in the accent, the others grey, on a light track', () => {
    expect(paint('russoft-survey', 'highlight', 'fill')).toBe(token('--accent'));
    expect(paint('russoft-survey', 'mute', 'fill')).toBe('#7d7a72');
    expect(paint('russoft-survey', 'track', 'fill')).toBe('#efece6');
    expect(paint('russoft-survey', 'label-highlight', 'fill')).toBe(token('--accent'));
  });
  test('timeline: markers in their category colour, hollow ones ringed in it, spans dashed', () => {
    expect(paint('timeline', 'category-policy', 'fill')).toBe(token('--c-policy'));
    expect(paint('timeline', 'ring-mark.category-war-sanctions', 'fill')).toBe('#fdfcfa');
    expect(paint('timeline', 'ring-mark.category-war-sanctions', 'stroke')).toBe(token('--c-war-sanctions'));
    expect(paint('timeline', 'bracket-mark.is-span', 'stroke-dasharray')).toBe('6 3');
    expect(paint('timeline', 'date.category-text-technology', 'fill')).toBe(token('--c-technology'));
  });
  test('foreign-software: the spotlight in the accent, other estimates hollow rings, the range a band with caps', () => {
    expect(paint('foreign-software', 'dot.highlight', 'fill')).toBe(token('--accent'));
    expect(paint('foreign-software', 'dot.ring-mark', 'fill')).toBe('#fdfcfa');
    expect(paint('foreign-software', 'dot.ring-mark', 'stroke')).toBe('#54575e');
    expect(paint('foreign-software', 'range-cap', 'stroke')).toBe('#1b1c1f');
  });
  test('partners-map: group colours by default; the formal view with its colours and dashed mismatches', () => {
    expect(paint('partners-map', 'country.group-china', 'fill')).toBe(token('--c-china'));
    // Russia, the subject, recedes: hatched (its pattern is its fill), labelled in the text colour.
    expect(paint('partners-map', 'country.subject', 'fill')).toBe('url(#partners-map-wide-hatch)');
    expect(paint('partners-map', 'map-label-subject', 'fill')).toBe(token('--text'));
    expect(paint('partners-map', 'map-label', 'paint-order')).toBe('stroke');
    expect(paint('partners-map', 'country.group-china', 'fill', { view: 'formal' })).toBe(token('--c-brics-member'));
    expect(paint('partners-map', 'country.has-mismatch', 'stroke-dasharray', { view: 'formal' })).toBe('3 2');
    expect(paint('partners-map', 'country.has-mismatch', 'stroke-dasharray')).toBeUndefined();
  });
});
