/**
 * Whether a chart's labels fit when its words are longer than English: the chart drawn with a
 * language's messages (English unless named) changed by `longer`, and with other data if given, each layout read back with
 * the pseudo-locale build's own check (tests/dist/svg-fit.ts), so a layout's fit is tested in
 * milliseconds instead of a 60 s build.
 */
import { data as siteData, type Datasets } from '../../../../src/data';
import { getLocale, type Lang } from '../../../../src/i18n/locale';
import { resolveChart } from '../../../../src/charts/shared/render';
import { serialize } from '../../../../src/charts/shared/svg';
import { LAYOUTS, type ChartDefinition } from '../../../../src/charts/types';
import { misfits, textLines } from '../../../dist/svg-fit';
import { pseudoText } from '../../../../scripts/lib/pseudo-locale.mjs';

/** Every label that runs past a side, the bottom or over another label, per layout and switch state. */
export function misfitsWith<M>(
  chart: ChartDefinition<string, M>,
  longer: (m: M) => M,
  { lang = 'en', data = siteData }: { lang?: Lang; data?: Datasets } = {},
): string[] {
  const t = longer(chart.messages[lang] ?? chart.messages.en);
  const resolved = resolveChart({ ...chart, messages: { ...chart.messages, en: t, [lang]: t } }, data, getLocale(lang));
  const states = [
    {},
    ...resolved.controls.filter((c) => c.kind === 'switch').flatMap((c) => c.options.map((o) => ({ [c.name]: o.value }))),
  ];
  return LAYOUTS.flatMap((layout) =>
    states.flatMap((state) => {
      const svg = serialize(resolved.render({ layout, state }));
      const [, w = 'NaN', h = 'NaN'] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg) ?? [];
      const height = Number(h);
      // The build's check reads sides and overlaps; a frame that does not grow with wrapped words loses them at the bottom.
      const below = textLines(svg)
        .filter((b) => b.y + b.height > height + 0.5)
        .map((b) => `“${b.text}” runs past the bottom (${(b.y + b.height).toFixed(1)} of ${height})`);
      return [...misfits({ width: Number(w), height, svg }), ...below].map((m) => `${layout} ${JSON.stringify(state)}: ${m}`);
    }),
  );
}

/**
 * Messages in the pseudo-locale's longer words (scripts/lib/pseudo-locale.mjs: 40 % longer, accented,
 * «bracketed»): every string, and every function's result, as the `xx` build writes them.
 */
export function longerWords<M>(m: M): M {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return pseudoText(v);
    if (typeof v === 'function') return (...args: unknown[]) => walk((v as (...a: unknown[]) => unknown)(...args));
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(m) as M;
}
