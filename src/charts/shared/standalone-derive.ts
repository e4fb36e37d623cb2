/**
 * Derives the stylesheet of standalone SVG files from the page's chart styles (shared/charts.css
 * and every chart's own <id>.css), with every `var(--token)` replaced by the token's light value.
 * Read with postcss, its selector parser and its value parser.
 *
 * What is taken:
 * - rules whose selector draws inside a chart (`.chart …`), optionally behind a switch's state
 *   (`[data-view='formal'] .chart …`, which becomes `.chart[data-view=formal] …`: the standalone
 *   root carries the state the file is drawn in, so specificity is unchanged);
 * - bare colour classes (`.group-china { fill: … }`) that set a fill or a stroke;
 * - only SVG presentation properties (page-only ones such as cursor or transition are dropped), no
 *   interactive states (`:hover`, `:focus-visible`) and nothing inside at-rules (@media, @container).
 * Chart-local custom properties (`--category-colour`, set by the category classes and read by ring
 * and bracket marks) are expanded into one rule per class that sets them: resvg has no custom
 * properties.
 */
import postcss, { type Declaration, type Rule } from 'postcss';
import selectorParser from 'postcss-selector-parser';
import valueParser from 'postcss-value-parser';

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

export interface StandaloneRule {
  selector: string;
  /** Classes an element or its ancestors must carry for the rule to matter (not those in :not()). */
  classes: string[];
  /** The switch value the rule belongs to, e.g. `{ name: 'view', value: 'formal' }`. */
  state?: { name: string; value: string };
  declarations: [string, string][];
}

type Selector = selectorParser.Selector;
const parse = (s: string): Selector => selectorParser().astSync(s).first;

/** A selector of class names only (`.a`, `.a.b`): the only kind that may set chart-local properties. */
const isBare = (s: Selector) => s.nodes.length > 0 && s.nodes.every((n) => n.type === 'class');
const hasInteraction = (s: Selector) => {
  let found = false;
  s.walkPseudos((p) => void (p.value !== ':not' && (found = true)));
  return found;
};
const classesOf = (s: Selector) => {
  const out: string[] = [];
  s.walkClasses((c) => {
    for (let p = c.parent; p; p = p.parent) if (p.type === 'pseudo' && p.value === ':not') return;
    out.push(c.value);
  });
  return out;
};
const isDescendant = (n: selectorParser.Node | undefined) => n?.type === 'combinator' && n.value === ' ';
const isChart = (n: selectorParser.Node | undefined) => n?.type === 'class' && n.value === 'chart';

/**
 * Where a selector draws in a standalone file: `.chart …` as it is, `[data-x='v'] .chart …` on the
 * root (with its state), a bare colour class as it is; undefined for everything else.
 */
function standaloneSelector(s: Selector, setsPaint: boolean): { selector: string; state?: StandaloneRule['state'] } | undefined {
  const [first, second, third] = s.nodes;
  if (isChart(first) && isDescendant(second)) return { selector: String(s).trim() };
  if (first?.type === 'attribute' && first.attribute.startsWith('data-') && first.operator === '=' && isDescendant(second) && isChart(third)) {
    const state = { name: first.attribute.slice('data-'.length), value: first.value ?? '' };
    const rest = s.nodes.slice(3).join('').trim();
    return { selector: `.chart[data-${state.name}=${state.value}] ${rest}`, state };
  }
  if (isBare(s) && setsPaint) return { selector: String(s).trim() };
  return undefined;
}

/** `var(--local)` or `var(--local, fallback)` as the whole value: the local's name and fallback. */
function localVar(value: string, locals: ReadonlyMap<string, unknown>): { name: string; fallback?: string } | undefined {
  const nodes = valueParser(value).nodes;
  const fn = nodes.length === 1 && nodes[0]!.type === 'function' && nodes[0]!.value === 'var' ? nodes[0] : undefined;
  if (!fn) return undefined;
  const comma = fn.nodes.findIndex((x) => x.type === 'div' && x.value === ',');
  const n = valueParser.stringify(comma < 0 ? fn.nodes : fn.nodes.slice(0, comma)).trim();
  if (!locals.has(n)) return undefined;
  const fallback = comma < 0 ? undefined : valueParser.stringify(fn.nodes.slice(comma + 1)).trim();
  return fallback === undefined ? { name: n } : { name: n, fallback };
}

/** Every `var(--token[, fallback])` in a value replaced by the token's value. */
function resolveTokens(value: string, tokens: ReadonlyMap<string, string>, where: string): string {
  const parsed = valueParser(value);
  parsed.walk((n) => {
    if (n.type !== 'function' || n.value !== 'var') return;
    const comma = n.nodes.findIndex((x) => x.type === 'div' && x.value === ',');
    const t = tokens.get(valueParser.stringify(comma < 0 ? n.nodes : n.nodes.slice(0, comma)).trim());
    const v = t ?? (comma < 0 ? undefined : resolveTokens(valueParser.stringify(n.nodes.slice(comma + 1)).trim(), tokens, where));
    if (v === undefined) throw new Error(`standalone: ${where} uses unknown token ${valueParser.stringify(n)}`);
    Object.assign(n, { type: 'word', value: v });
  });
  return valueParser.stringify(parsed.nodes).trim();
}

/** The rules of each stylesheet, in order; at-rules (@media, @container) are skipped whole. */
function topLevelRules(sheets: readonly string[]): { selectors: Selector[]; decls: Declaration[] }[] {
  return sheets.flatMap((css) =>
    (postcss.parse(css).nodes.filter((n) => n.type === 'rule') as Rule[]).map((r) => ({
      selectors: r.selectors.map(parse),
      decls: r.nodes.filter((d): d is Declaration => d.type === 'decl'),
    })),
  );
}

export function deriveRules(sheets: readonly string[], tokens: ReadonlyMap<string, string>): StandaloneRule[] {
  const parsed = topLevelRules(sheets);
  // Chart-local custom properties (not tokens), and the bare classes that set them.
  const locals = new Map<string, { selector: string; value: string }[]>();
  for (const r of parsed)
    for (const d of r.decls) {
      if (!d.prop.startsWith('--') || tokens.has(d.prop)) continue;
      for (const s of r.selectors) {
        if (!isBare(s)) throw new Error(`standalone: ${d.prop} is set by "${String(s).trim()}"; only bare class selectors can set chart-local properties`);
        locals.set(d.prop, [...(locals.get(d.prop) ?? []), { selector: String(s).trim(), value: d.value }]);
      }
    }

  const rules: StandaloneRule[] = [];
  for (const r of parsed) {
    const decls = r.decls.filter((d) => SVG_PROPS.has(d.prop));
    if (decls.length === 0) continue;
    const setsPaint = decls.some((d) => d.prop === 'fill' || d.prop === 'stroke');
    for (const s of r.selectors) {
      if (hasInteraction(s)) continue; // no interaction in a file
      const at = standaloneSelector(s, setsPaint);
      if (!at) continue;
      const { selector, state } = at;
      const where = String(s).trim();
      const plain: [string, string][] = [];
      const variants = new Map<string, [string, string][]>();
      for (const d of decls) {
        const local = localVar(d.value, locals);
        if (!local) {
          plain.push([d.prop, resolveTokens(d.value, tokens, where)]);
          continue;
        }
        if (local.fallback !== undefined) plain.push([d.prop, resolveTokens(local.fallback, tokens, where)]);
        // The property set on the element itself, or inherited from an ancestor that sets it.
        const cut = selector.lastIndexOf(' ');
        for (const def of locals.get(local.name)!) {
          const value = resolveTokens(def.value, tokens, def.selector);
          if (cut > 0) {
            const ancestor = `${selector.slice(0, cut)} ${def.selector}${selector.slice(cut)}`;
            variants.set(ancestor, [...(variants.get(ancestor) ?? []), [d.prop, value]]);
          }
          const self = `${selector}${def.selector}`;
          variants.set(self, [...(variants.get(self) ?? []), [d.prop, value]]);
        }
      }
      const add = (sel: string, declarations: [string, string][]) => {
        if (declarations.length) rules.push({ selector: sel, classes: classesOf(parse(sel)), ...(state ? { state } : {}), declarations });
      };
      add(selector, plain);
      // Ancestor variants first, so that a class on the element itself wins.
      const depth = (sel: string) => sel.split(' ').length;
      for (const [sel, d] of variants) if (depth(sel) > depth(selector)) add(sel, d);
      for (const [sel, d] of variants) if (depth(sel) === depth(selector)) add(sel, d);
    }
  }
  for (const r of rules)
    for (const [, v] of r.declarations) if (/var\(|light-dark\(/.test(v)) throw new Error(`standalone: unresolved value "${v}" in ${r.selector}`);
  return rules;
}
