/**
 * The `<style>` of a standalone SVG file (downloads, PNGs, Open Graph cards), where the page's CSS is
 * absent. Its rules are not a second hand-written list: standalone-rules.ts is generated from
 * charts.css and tokens.css (see standalone-derive.ts), and a unit test fails when it is stale.
 */
import { LIGHT_TOKENS, STANDALONE_RULES } from './standalone-rules';

export { STANDALONE_RULES };

/**
 * The font of standalone files, as a valid font-family list: a name with a digit ("Source Sans 3")
 * must be quoted, or the whole list is invalid and the text falls back to Times.
 */
export const SANS_STACK = "'Source Sans 3', 'Source Sans Pro', system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

/** A colour token's light-theme value: `token('--bg')` → `#fdfcfa`. */
export function token(name: string): string {
  const v = LIGHT_TOKENS[name];
  if (v === undefined) throw new Error(`standalone: unknown colour token ${name}`);
  return v;
}

/**
 * The `<style>` content of one standalone file: the rules whose classes all occur in it (`used`)
 * and whose switch state, if any, is the one it is drawn in (`state`, e.g. `{ view: 'group' }`).
 */
export function standaloneCss(used: ReadonlySet<string>, state: Readonly<Record<string, string>> = {}): string {
  return STANDALONE_RULES.filter((r) => r.classes.every((c) => used.has(c)) && (!r.state || state[r.state.name] === r.state.value))
    .map((r) => `${r.selector}{${r.declarations.map(([p, v]) => `${p}:${v}`).join(';')}}`)
    .join('\n');
}
