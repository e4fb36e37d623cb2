/**
 * Every text a chart draws comes from its messages or its locale: drawn with pseudo messages and
 * a pseudo locale (helpers/pseudo-messages.ts), no visible text or tooltip carries a letter or
 * digit from anywhere else, except pieces of the data (content, translated with the data).
 */
import { describe, expect, test } from 'vitest';
import { dataFor } from '../../../src/data';
import { CHARTS } from '../../../src/charts';
import { resolveChart } from '../../../src/charts/shared/render';
import { LAYOUTS, type ChartDefinition } from '../../../src/charts/types';
import { getLocale, inLang, LANGS, type Lang } from '../../../src/i18n/locale';
import { leaks, pseudoLocale, pseudoMessages, stringsIn, unmarked } from './helpers/pseudo-messages';

/** A chart drawn in `lang` with that language's messages and formats marked, and its data. */
function pseudoChart<M>(chart: ChartDefinition<string, M>, lang: Lang) {
  const t = pseudoMessages(inLang(chart.messages, lang, `src/charts/${chart.id}/messages`));
  return resolveChart({ ...chart, messages: { en: t, [lang]: t } }, dataFor(lang), pseudoLocale(getLocale(lang)));
}

describe('pseudo messages helper', () => {
  test('finds text outside the markers, and counts a wrapped line’s open ends as inside', () => {
    expect(unmarked('⟦a ⟨1⟩ b⟧ c')).toEqual([' c']);
    expect(unmarked('rest of it⟧ ⟨2⟩')).toEqual([' ']);
    expect(unmarked('⟦start of a line')).toEqual([]);
  });
});

for (const lang of LANGS) for (const chart of CHARTS) {
  describe(`${chart.id} (${lang}): every drawn string comes from messages, locale or data`, () => {
    const dataStrings = stringsIn(dataFor(lang));
    const resolved = pseudoChart(chart, lang);
    const states = [
      {},
      ...resolved.controls.filter((c) => c.kind === 'switch').flatMap((c) => c.options.map((o) => ({ [c.name]: o.value }))),
    ];
    const found = LAYOUTS.flatMap((layout) =>
      states.flatMap((state) =>
        (['inline', 'standalone'] as const).flatMap((theme) =>
          leaks(resolved.render({ layout, state, theme }), dataStrings).map((l) => `${layout} ${theme} ${JSON.stringify(state)} ${l.where}: ${l.text}`),
        ),
      ),
    );
    test('no text leaks', () => expect([...new Set(found)]).toEqual([]));
  });
}
