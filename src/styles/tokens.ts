/**
 * The design tokens of tokens.css as values, for what the page's CSS cannot reach: standalone SVG
 * files, PNGs, Open Graph cards and `<meta name="theme-color">`. tokens.css stays the one place a
 * colour is chosen; this reads it (postcss) when the site builds.
 */
import postcss from 'postcss';
import valueParser from 'postcss-value-parser';
import tokensCss from './tokens.css?raw';

type Theme = 'light' | 'dark';

/** The custom properties set by tokens.css's `:root` rule, as written. */
export function rawTokens(css: string): Map<string, string> {
  // A bundler that empties CSS it imports (Vitest without css.include) would make every token unknown.
  if (!css.trim()) throw new Error('tokens.css came in empty: a .css?raw import needs css.include in a Vitest config');
  const raw = new Map<string, string>();
  postcss.parse(css).each((node) => {
    if (node.type === 'rule' && node.selector === ':root') node.each((d) => void (d.type === 'decl' && d.prop.startsWith('--') && raw.set(d.prop, d.value.trim())));
  });
  return raw;
}

/**
 * Each token's value in one theme: `light-dark(a, b)` becomes a or b, `var(--x)` the value of --x.
 * A var() of a name tokens.css does not set (--font-sans comes from Astro's fonts) stays as it is.
 */
export function themeTokens(css: string, theme: Theme): Map<string, string> {
  const raw = rawTokens(css);
  const done = new Map<string, string>();
  const resolve = (name: string, seen: readonly string[]): string | undefined => {
    const known = done.get(name);
    if (known !== undefined) return known;
    let value = raw.get(name);
    if (value === undefined) return undefined;
    if (seen.includes(name)) throw new Error(`tokens.css: ${[...seen, name].join(' → ')} is circular`);
    // One substitution per pass, until nothing is left to substitute (light-dark() may hold a var()).
    for (let before = ''; before !== value; ) {
      before = value;
      const parsed: valueParser.ParsedValue = valueParser(value);
      parsed.walk((n: valueParser.Node) => {
        if (n.type !== 'function') return;
        if (n.value === 'light-dark') {
          const [light, dark] = splitArgs(n.nodes);
          if (!light || !dark) throw new Error(`tokens.css: ${name} has a light-dark() without two values`);
          Object.assign(n, { type: 'word', value: valueParser.stringify(theme === 'light' ? light : dark).trim() });
        } else if (n.value === 'var') {
          const v = resolve(n.nodes[0]?.value ?? '', [...seen, name]);
          if (v !== undefined) Object.assign(n, { type: 'word', value: v });
        }
      });
      value = valueParser.stringify(parsed.nodes).trim();
    }
    done.set(name, value);
    return value;
  };
  for (const name of raw.keys()) resolve(name, []);
  return done;
}

/** A function's arguments, split at its top-level commas. */
function splitArgs(nodes: readonly valueParser.Node[]): valueParser.Node[][] {
  const args: valueParser.Node[][] = [[]];
  for (const n of nodes) {
    if (n.type === 'div' && n.value === ',') args.push([]);
    else args.at(-1)!.push(n);
  }
  return args;
}

const cache = new Map<Theme, Map<string, string>>();
/** The site's tokens in one theme. */
export function tokens(theme: Theme = 'light'): ReadonlyMap<string, string> {
  let t = cache.get(theme);
  if (!t) cache.set(theme, (t = themeTokens(tokensCss, theme)));
  return t;
}

/** One token's value: `token('--bg')` → `#fdfcfa`, `token('--bg', 'dark')` → `#14161a`. */
export function token(name: `--${string}`, theme: Theme = 'light'): string {
  const v = tokens(theme).get(name);
  if (v === undefined) throw new Error(`tokens.css has no ${name}`);
  return v;
}
