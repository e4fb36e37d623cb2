/**
 * The options an embed accepts in its query string. Everything is validated: an unknown key or a
 * bad value falls back to the default, so a mistyped embed code still shows the chart.
 * Runs in the browser (the embed page applies the options) and at build time (embed codes).
 */

export type EmbedTheme = 'light' | 'dark' | 'auto';

export interface EmbedOptions {
  theme: EmbedTheme;
  title: boolean;
  /** The chart's own state, e.g. { view: 'formal' } for the map; only known names and values. */
  state: Record<string, string>;
}

/** For each chart control that can be set from a URL: its name, allowed values and default. */
export interface StateOption {
  name: string;
  values: readonly string[];
  initial: string;
}

export const DEFAULT_OPTIONS: Readonly<EmbedOptions> = { theme: 'auto', title: true, state: {} };

export function parseEmbedOptions(search: string | URLSearchParams, stateOptions: readonly StateOption[] = []): EmbedOptions {
  const q = typeof search === 'string' ? new URLSearchParams(search) : search;
  const theme = q.get('theme');
  const title = q.get('title');
  const state: Record<string, string> = {};
  for (const o of stateOptions) {
    const v = q.get(o.name);
    if (v !== null && o.values.includes(v) && v !== o.initial) state[o.name] = v;
  }
  return {
    theme: theme === 'light' || theme === 'dark' || theme === 'auto' ? theme : DEFAULT_OPTIONS.theme,
    title: title === '0' ? false : title === '1' ? true : DEFAULT_OPTIONS.title,
    state,
  };
}

/** The query string for the given options, leaving out defaults so codes stay short. */
export function embedQuery(o: EmbedOptions): string {
  const q = new URLSearchParams();
  if (o.theme !== DEFAULT_OPTIONS.theme) q.set('theme', o.theme);
  if (!o.title) q.set('title', '0');
  for (const [k, v] of Object.entries(o.state).sort(([a], [b]) => a.localeCompare(b))) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}
