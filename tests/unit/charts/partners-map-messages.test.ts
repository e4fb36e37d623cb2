/**
 * Every string the partners map shows comes through its messages: rendered with a pseudo-locale
 * (every message wrapped in ⟦…⟧), no visible text or tooltip of its SVG has anything outside the
 * brackets. Country names and roles are data, not messages: the fixture wraps them too, as a
 * translated data set would carry them.
 */
import { describe, expect, test } from 'vitest';
import { data } from '../../../src/data';
import partnersMap from '../../../src/charts/partners-map/partners-map';
import { resolveChart } from '../../../src/charts/shared/render';
import { LAYOUTS } from '../../../src/charts/types';
import { getLocale } from '../../../src/i18n/locale';
import { outsidePseudo, pseudo, pseudoMessages, svgTexts } from './helpers/pseudo-messages';

const pseudoData = { ...data, partners: data.partners.map((p) => ({ ...p, name: pseudo(p.name), role: pseudo(p.role) })) };
const chart = { ...partnersMap, messages: { en: pseudoMessages(partnersMap.messages.en) } };
const resolved = resolveChart(chart, pseudoData, getLocale('en'));

describe('partners-map in a pseudo-locale', () => {
  for (const layout of LAYOUTS)
    for (const render of [{ theme: 'inline' }, { theme: 'standalone', view: 'group' }, { theme: 'standalone', view: 'formal' }] as const) {
      const name = `${layout}, ${render.theme}${'view' in render ? ` ${render.view} view` : ''}`;
      test(`${name}: every text and tooltip comes from the messages`, () => {
        const svg = resolved.render({ layout, theme: render.theme, ...('view' in render ? { state: { view: render.view } } : {}) });
        const texts = svgTexts(svg);
        // Something to check: a label and a tooltip for every partner, in each view drawn.
        expect(texts.filter((x) => x.where.startsWith('<text data-label-for')).length).toBeGreaterThanOrEqual(data.partners.length);
        expect(texts.filter((x) => x.where.startsWith('data-tip-body')).length).toBeGreaterThanOrEqual(data.partners.length * 3);
        const leaks = texts.filter((x) => outsidePseudo(x.text) !== '').map((x) => `${x.where}: ${x.text}`);
        expect(leaks).toEqual([]);
        // The first render of a layout places its labels (longer in this locale): seconds on a busy machine.
      }, 120_000);
    }
});
