/**
 * The `<style>` of a standalone SVG file (downloads, PNGs, Open Graph cards), where the page's CSS is
 * absent. It is no second hand-written list: it is derived, when the site builds, from the same
 * stylesheets the page loads (shared/charts.css and every chart's <id>/<id>.css, found by glob) and
 * the light values of tokens.css (see standalone-derive.ts).
 */
import { deriveRules, type StandaloneRule } from './standalone-derive';
import { tokens } from '../../styles/tokens';

export { token } from '../../styles/tokens';

const SHEETS = import.meta.glob<string>('../*/*.css', { query: '?raw', import: 'default', eager: true });

/** The chart stylesheets in cascade order: the shared one first, then each chart's, as the page loads them. */
export const chartStylesheets = (): string[] =>
  Object.keys(SHEETS)
    .sort((a, b) => Number(!a.includes('/shared/')) - Number(!b.includes('/shared/')) || a.localeCompare(b))
    .map((k) => {
      const css = SHEETS[k]!;
      if (!css.trim()) throw new Error(`${k} came in empty: a .css?raw import needs css.include in a Vitest config`);
      return css;
    });

let rules: readonly StandaloneRule[] | undefined;
/** Every rule the chart stylesheets give SVG content, in source order, with light-theme values. */
export const standaloneRules = (): readonly StandaloneRule[] => (rules ??= deriveRules(chartStylesheets(), tokens('light')));

/**
 * The font of standalone files, as a valid font-family list: a name with a digit ("Source Sans 3")
 * must be quoted, or the whole list is invalid and the text falls back to Times.
 */
export const SANS_STACK = "'Source Sans 3', 'Source Sans Pro', system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

/**
 * The `<style>` content of one standalone file: the rules whose classes all occur in it (`used`)
 * and whose switch state, if any, is the one it is drawn in (`state`, e.g. `{ view: 'group' }`).
 */
export function standaloneCss(used: ReadonlySet<string>, state: Readonly<Record<string, string>> = {}): string {
  return standaloneRules()
    .filter((r) => r.classes.every((c) => used.has(c)) && (!r.state || state[r.state.name] === r.state.value))
    .map((r) => `${r.selector}{${r.declarations.map(([p, v]) => `${p}:${v}`).join(';')}}`)
    .join('\n');
}
