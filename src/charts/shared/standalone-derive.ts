/**
 * Derives the stylesheet of standalone SVG files from the one source of truth, charts.css, with
 * every `var(--token)` replaced by the token's light-theme value from src/styles/tokens.css.
 *
 * What is taken from charts.css:
 * - rules whose selector draws inside a chart (`.chart …`), optionally behind a switch's state
 *   (`[data-view='formal'] .chart …`, which becomes `.chart[data-view=formal] …`: the standalone
 *   root carries the state the file is drawn in, so specificity is unchanged);
 * - bare colour classes (`.group-china { fill: … }`) that set a fill or a stroke;
 * - only SVG presentation properties (page-only ones such as cursor or transition are dropped), and
 *   no interactive states (`:hover`, `:focus-visible`).
 * Chart-local custom properties (`--category-colour`, set by the category classes and read by ring and bracket
 * marks) are expanded into one rule per class that sets them, because resvg has no custom properties.
 *
 * The result is written to standalone-rules.ts by tests/unit/charts/standalone-rules.test.ts (a file
 * snapshot: the test fails when charts.css or tokens.css changed and `npx vitest run -u` rewrites it),
 * so the build needs no CSS parsing and no file access.
 */
/** SVG presentation properties a standalone file keeps. */
const SVG_PROPS = new Set([
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'display',
  'visibility',
  'font-weight',
  'font-style',
  'paint-order',
]);

interface Block {
  prelude: string;
  body: string;
}

/** Top-level rules of a stylesheet; at-rule blocks (@media, @container) are skipped whole. */
function blocks(css: string): Block[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: Block[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    let depth = 1;
    let j = open + 1;
    while (j < text.length && depth > 0) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}') depth--;
      j++;
    }
    const prelude = text.slice(i, open).trim();
    if (!prelude.startsWith('@')) out.push({ prelude, body: text.slice(open + 1, j - 1) });
    i = j;
  }
  return out;
}

function declarations(body: string): [string, string][] {
  return body
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => {
      const colon = d.indexOf(':');
      return [d.slice(0, colon).trim(), d.slice(colon + 1).trim()] as [string, string];
    });
}

/** Light-theme values of the design tokens: `light-dark(a, b)` → `a`, nested var() resolved. */
export function lightTokens(css: string): Map<string, string> {
  const raw = new Map<string, string>();
  for (const b of blocks(css)) {
    if (b.prelude !== ':root') continue;
    for (const [p, v] of declarations(b.body)) if (p.startsWith('--')) raw.set(p, v);
  }
  const resolved = new Map<string, string>();
  // A token that uses one defined elsewhere (--font-serif comes from the font package) keeps its
  // var(): only a chart rule that needs its value would fail, with a clear error.
  const resolve = (name: string, seen: string[] = []): string | undefined => {
    const done = resolved.get(name);
    if (done !== undefined) return done;
    const v = raw.get(name);
    if (v === undefined) return undefined;
    if (seen.includes(name)) throw new Error(`standalone: circular token ${name}`);
    const out = lightValue(v.replace(/var\((--[\w-]+)\)/g, (m, n: string) => resolve(n, [...seen, name]) ?? m));
    resolved.set(name, out);
    return out;
  };
  for (const name of raw.keys()) resolve(name);
  return resolved;
}

function lightValue(v: string): string {
  const m = /^light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)$/.exec(v);
  return m ? m[1]! : v;
}

export interface StandaloneRule {
  selector: string;
  /** Classes an element or its ancestors must carry for the rule to matter (not those in :not()). */
  classes: string[];
  /** The switch value the rule belongs to, e.g. `{ name: 'view', value: 'formal' }`. */
  state?: { name: string; value: string };
  declarations: [string, string][];
}

const STATE = /^\[data-([\w-]+)='([\w-]+)'\]\s+(.+)$/;
const BARE = /^(\.[\w-]+)+$/;

const classesOf = (selector: string) => [...selector.replace(/:not\([^)]*\)/g, '').matchAll(/\.([\w-]+)/g)].map((m) => m[1]!);

export function deriveRules(css: string, tokens: ReadonlyMap<string, string>): StandaloneRule[] {
  const parsed = blocks(css).map((b) => ({ selectors: b.prelude.split(',').map((s) => s.trim().replace(/\s+/g, ' ')), decls: declarations(b.body) }));
  // Chart-local custom properties (not tokens), and the bare classes that set them.
  const locals = new Map<string, { selector: string; value: string }[]>();
  for (const r of parsed)
    for (const [p, v] of r.decls) {
      if (!p.startsWith('--') || tokens.has(p)) continue;
      for (const s of r.selectors) {
        if (!BARE.test(s)) throw new Error(`standalone: ${p} is set by "${s}"; only bare class selectors can set chart-local properties`);
        locals.set(p, [...(locals.get(p) ?? []), { selector: s, value: v }]);
      }
    }
  const resolveTokens = (v: string, where: string) =>
    v.replace(/var\((--[\w-]+)\)/g, (_, n: string) => {
      const t = tokens.get(n);
      if (t === undefined) throw new Error(`standalone: ${where} uses unknown token ${n}`);
      return t;
    });

  const rules: StandaloneRule[] = [];
  for (const r of parsed) {
    const decls = r.decls.filter(([p]) => SVG_PROPS.has(p));
    if (decls.length === 0) continue;
    for (const s of r.selectors) {
      if (/:(?!not\()/.test(s)) continue; // :hover, :focus-visible: no interaction in a file
      let state: StandaloneRule['state'];
      let selector: string;
      const st = STATE.exec(s);
      const rest = st ? st[3]! : s;
      if (rest.startsWith('.chart ')) {
        selector = st ? `.chart[data-${st[1]}=${st[2]}] ${rest.slice('.chart '.length)}` : rest;
        if (st) state = { name: st[1]!, value: st[2]! };
      } else if (!st && BARE.test(s) && decls.some(([p]) => p === 'fill' || p === 'stroke')) {
        selector = s;
      } else continue;

      const plain: [string, string][] = [];
      const variants = new Map<string, [string, string][]>();
      for (const [p, v] of decls) {
        const local = /var\((--[\w-]+)\s*(?:,\s*(.+))?\)$/.exec(v);
        if (local && locals.has(local[1]!)) {
          const fallback = local[2];
          if (fallback !== undefined) plain.push([p, resolveTokens(fallback.trim(), s)]);
          // The property set on the element itself, or inherited from an ancestor that sets it.
          const cut = selector.lastIndexOf(' ');
          for (const def of locals.get(local[1]!)!) {
            const value = resolveTokens(def.value, def.selector);
            const self = `${selector}${def.selector}`;
            if (cut > 0) {
              const ancestor = `${selector.slice(0, cut)} ${def.selector}${selector.slice(cut)}`;
              variants.set(ancestor, [...(variants.get(ancestor) ?? []), [p, value]]);
            }
            variants.set(self, [...(variants.get(self) ?? []), [p, value]]);
          }
        } else plain.push([p, resolveTokens(v, s)]);
      }
      const add = (sel: string, d: [string, string][]) => {
        if (d.length) rules.push({ selector: sel, classes: classesOf(sel), ...(state ? { state } : {}), declarations: d });
      };
      add(selector, plain);
      // Ancestor variants first, so that a class on the element itself wins.
      const entries = [...variants];
      for (const [sel, d] of entries.filter(([k]) => k.split(' ').length > selector.split(' ').length)) add(sel, d);
      for (const [sel, d] of entries.filter(([k]) => k.split(' ').length === selector.split(' ').length)) add(sel, d);
    }
  }
  for (const r of rules)
    for (const [, v] of r.declarations)
      if (/var\(|light-dark\(/.test(v)) throw new Error(`standalone: unresolved value "${v}" in ${r.selector}`);
  return rules;
}


/** The generated module: the derived rules and the light values of the colour tokens. */
export function rulesModule(rules: readonly StandaloneRule[], tokens: ReadonlyMap<string, string>): string {
  const colours = [...tokens].filter(([, v]) => /^#[0-9a-f]{3,8}$/i.test(v));
  return [
    '/*',
    ' * GENERATED from src/charts/shared/charts.css and src/styles/tokens.css by',
    ' * tests/unit/charts/standalone-rules.test.ts (see standalone-derive.ts). Do not edit: change charts.css',
    ' * and run `npx vitest run -u`.',
    ' */',
    "import type { StandaloneRule } from './standalone-derive';",
    '',
    '/** Light-theme values of the colour tokens. */',
    'export const LIGHT_TOKENS: Readonly<Record<string, string>> = {',
    ...colours.map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`),
    '};',
    '',
    '/** Every rule charts.css gives SVG content, in source order, with light-theme values. */',
    'export const STANDALONE_RULES: readonly StandaloneRule[] = [',
    ...rules.map((r) => `  ${JSON.stringify(r)},`),
    '];',
    '',
  ].join('\n');
}
