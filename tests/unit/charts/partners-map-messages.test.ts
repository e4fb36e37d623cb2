/**
 * Every string the partners map shows comes through its messages: rendered with pseudo messages
 * (every message wrapped in ⟦…⟧), no visible text or tooltip of its SVG has a letter or digit
 * outside the brackets. Country names and roles are data, not messages: the fixture wraps them too,
 * as a translated data set would carry them, so nothing at all is exempt.
 */
import { describe, expect, test } from 'vitest';
import { data } from '../../../src/data';
import partnersMap from '../../../src/charts/partners-map/partners-map';
import { resolveChart } from '../../../src/charts/shared/render';
import { partnersMapLayout } from '../../../src/charts/partners-map/partners-map.layout';
import type { SvgNode } from '../../../src/charts/shared/svg';
import { LAYOUTS } from '../../../src/charts/types';
import { getLocale } from '../../../src/i18n/locale';
import { MESSAGE, leaks, pseudoMessages } from './helpers/pseudo-messages';

const wrap = (s: string) => `${MESSAGE[0]}${s}${MESSAGE[1]}`;
const pseudoData = { ...data, partners: data.partners.map((p) => ({ ...p, name: wrap(p.name), role: wrap(p.role) })) };
const pseudoT = pseudoMessages(partnersMap.messages.en);
const resolved = resolveChart({ ...partnersMap, messages: { en: pseudoT } }, pseudoData, getLocale('en'));

/** How many nodes carry an attribute: so the test knows it looked at labels and tooltips. */
const countWith = (n: SvgNode, attr: string): number =>
  (attr in n.attrs ? 1 : 0) + n.children.reduce((k, c) => k + (typeof c === 'string' ? 0 : countWith(c, attr)), 0);

describe('partners-map in a pseudo-locale', () => {
  for (const layout of LAYOUTS)
    for (const render of [{ theme: 'inline' }, { theme: 'standalone', view: 'group' }, { theme: 'standalone', view: 'formal' }] as const) {
      const name = `${layout}, ${render.theme}${'view' in render ? ` ${render.view} view` : ''}`;
      test(`${name}: every text and tooltip comes from the messages`, () => {
        const svg = resolved.render({ layout, theme: render.theme, ...('view' in render ? { state: { view: render.view } } : {}) });
        // Every label the layout placed is drawn (one with no clean place for its wider words is left out).
        const placed = partnersMapLayout(pseudoData.partners, layout, partnersMap.sizes[layout], { t: pseudoT, locale: getLocale('en') }).labels;
        const shown = (render.theme === 'inline' ? [...placed.group, ...placed.formal] : placed[render.view]).filter((l) => l.fitted);
        expect(shown.length).toBeGreaterThanOrEqual(data.partners.length * 0.9);
        expect(countWith(svg, 'data-label-for')).toBe(shown.length);
        expect(countWith(svg, 'data-tip-body')).toBe(data.partners.length);
        expect(leaks(svg, []).map((l) => `${l.where}: ${l.text}`)).toEqual([]);
        // The first render of a layout places its labels (longer in this locale): seconds on a busy machine.
      }, 120_000);
    }
});
