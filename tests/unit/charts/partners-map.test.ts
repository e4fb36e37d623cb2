import { describe, expect, test } from 'vitest';
import { data } from '../../../src/data';
import { namedPartners } from '../../../src/data/derived';
import { fixturePartners } from '../../fixtures/datasets';
import partnersMap from '../../../src/charts/partners-map/partners-map';
import { rendered } from './helpers/rendered';
import { partnersMapLayout } from '../../../src/charts/partners-map/partners-map.layout';
import { formalCategory, formalMismatch } from '../../../src/charts/partners-map/partners-map.status';
import { getLocale } from '../../../src/i18n/locale';
import { overlaps } from '../../../src/charts/shared/text';
import { segmentHitsBox, segmentsCross } from '../../../src/charts/shared/labels';
import { LAYOUTS } from '../../../src/charts/types';

const words = { t: partnersMap.messages.en, locale: getLocale('en') };

describe('leader geometry', () => {
  test('finds crossing segments, not ones that merely meet or run apart', () => {
    expect(segmentsCross({ x1: 0, y1: 0, x2: 10, y2: 10 }, { x1: 0, y1: 10, x2: 10, y2: 0 })).toBe(true);
    expect(segmentsCross({ x1: 0, y1: 0, x2: 10, y2: 0 }, { x1: 0, y1: 5, x2: 10, y2: 5 })).toBe(false);
    expect(segmentsCross({ x1: 0, y1: 0, x2: 5, y2: 5 }, { x1: 5, y1: 5, x2: 10, y2: 0 })).toBe(false);
  });
  test('finds a segment that passes through a box', () => {
    const box = { x: 10, y: 10, width: 20, height: 10 };
    expect(segmentHitsBox({ x1: 0, y1: 15, x2: 40, y2: 15 }, box)).toBe(true);
    expect(segmentHitsBox({ x1: 0, y1: 0, x2: 40, y2: 0 }, box)).toBe(false);
    expect(segmentHitsBox({ x1: 0, y1: 0, x2: 8, y2: 30 }, box)).toBe(false);
  });
});

describe('partnersMapLayout', () => {
  for (const layout of LAYOUTS) {
    const l = partnersMapLayout(data.partners, layout, partnersMap.sizes[layout], words);

    test(`${layout}: places every partner in the data, Russia included`, () => {
      expect(l.countries.map((c) => c.partner.id).sort()).toEqual(data.partners.map((p) => p.id).sort());
    });

    test(`${layout}: draws partners with a point as points, the rest as outlines or edge arrows`, () => {
      for (const c of l.countries) {
        if (c.partner.point) expect(c.point, c.partner.id).toBe(true);
        else expect(Boolean(c.d) || Boolean(c.offMap), c.partner.id).toBe(true);
      }
    });

    test(`${layout}: orders marks west to east for keyboard travel`, () => {
      const lons = l.countries.map((c) => c.lon);
      expect(lons).toEqual([...lons].sort((a, b) => a - b));
    });

    test(`${layout}: gives every country a tap target of at least 24 CSS px at the layout's smallest size`, () => {
      // The narrow layout is shown from 288 px (1:1), the wide one from a 720 px container (0.9).
      const smallest = layout === 'narrow' ? 1 : 720 / 800;
      for (const c of l.countries) {
        const box = c.hit ?? c.box;
        expect(Math.min(box.width, box.height) * smallest, c.partner.id).toBeGreaterThanOrEqual(24);
      }
    });

    test(`${layout}: a country in a zoomed panel is drawn, without a mark, on the main map too`, () => {
      const zoomed = l.countries.filter((c) => c.panel !== 'main');
      expect(zoomed.length).toBeGreaterThan(0);
      for (const c of zoomed) expect(l.decor.some((d) => d.partner.id === c.partner.id && d.panel === 'main'), c.partner.id).toBe(true);
      // The main map outlines where each zoomed panel looks.
      const main = l.panels.find((p) => p.id === 'main')!;
      expect(main.frames.map((f) => f.id).sort()).toEqual(l.panels.filter((p) => p.id !== 'main').map((p) => p.id).sort());
    });

    for (const view of ['group', 'formal'] as const) {
      test(`${layout}, ${view} view: labels every country once, inside the frame, without overlaps`, () => {
        const labels = l.labels[view];
        expect(labels.map((x) => x.id).sort()).toEqual(data.partners.map((p) => p.id).sort());
        for (const a of labels) {
          expect(a.fitted, a.id).toBe(true);
          // Inside the panel that carries its country.
          const c = l.countries.find((x) => x.partner.id === a.id)!;
          const panel = l.panels.find((p) => p.id === c.panel)!.box;
          expect(a.box.x, a.id).toBeGreaterThanOrEqual(panel.x);
          expect(a.box.y, a.id).toBeGreaterThanOrEqual(panel.y);
          expect(a.box.x + a.box.width, a.id).toBeLessThanOrEqual(panel.x + panel.width);
          expect(a.box.y + a.box.height, a.id).toBeLessThanOrEqual(panel.y + panel.height);
          expect(a.box.x).toBeGreaterThanOrEqual(0);
          expect(a.box.x + a.box.width).toBeLessThanOrEqual(l.size.width);
          for (const b of labels) if (a !== b) expect(overlaps(a.box, b.box), `${a.id} / ${b.id}`).toBe(false);
        }
      });

      test(`${layout}, ${view} view: no leader line crosses another or runs through a label`, () => {
        const labels = l.labels[view];
        for (const a of labels)
          for (const b of labels) {
            if (a === b || !a.leader) continue;
            if (b.leader) expect(segmentsCross(a.leader, b.leader), `${a.id} × ${b.id}`).toBe(false);
            expect(segmentHitsBox(a.leader, b.box), `${a.id} through ${b.id}`).toBe(false);
          }
      });
    }
  }

  test('the phone layout is designed 288 px wide, so its 12 px text is 12 CSS px on a 320 px screen', () => {
    expect(partnersMap.sizes.narrow.width).toBe(288);
  });
});

describe('formal status (fixture partners)', () => {
  const fixture = (id: string) => fixturePartners.find((p) => p.id === id)!;
  test('separates the Eurasian group from EAEU membership', () => {
    expect(formalCategory(fixture('armenia'))).toBe('eaeu-member');
    expect(formalCategory(fixture('moldova'))).toBe('eaeu-observer');
    expect(formalCategory(fixture('mongolia'))).toBe('none');
    expect(formalMismatch(fixture('armenia'))).toBeUndefined();
    expect(formalMismatch(fixture('moldova'))).toBe('eaeu-observer-only');
    expect(formalMismatch(fixture('mongolia'))).toBe('no-eaeu-status');
  });
  test('ranks EAEU membership over BRICS over OECD, and names an OECD member outside the attaché group', () => {
    const laos = fixture('laos');
    const brics = { ...laos, brics: { status: 'member' as const } };
    const oecd = { ...laos, oecd: { status: 'member' as const } };
    expect(formalCategory(brics)).toBe('brics');
    expect(formalCategory({ ...brics, eaeu: { status: 'observer' as const } })).toBe('eaeu-observer');
    expect(formalCategory(oecd)).toBe('oecd');
    expect(formalMismatch(oecd)).toBe('oecd-too');
    expect(formalMismatch({ ...oecd, group: 'oecd-attache' as const })).toBeUndefined();
  });
});

describe('partners-map SVG and table', () => {
  test('every named country is a focusable mark with a tooltip naming its role and status', () => {
    for (const layout of LAYOUTS) {
      const svg = rendered(partnersMap, data).svg({ layout });
      for (const p of data.partners) {
        const mark = new RegExp(`data-mark="${p.id}"[^>]*data-tip-title="[^"]+"[^>]*data-tip-body="[^"]*Formal status, Sept 2024`);
        expect(svg, `${layout} ${p.id}`).toMatch(mark);
      }
    }
  });
  test('the inline SVG carries both views; a standalone one only the chosen view’s labels, key and colours', () => {
    const inline = rendered(partnersMap, data).svg({ layout: 'wide' });
    expect(inline).toContain('only-group');
    expect(inline).toContain('only-formal');
    const formal = rendered(partnersMap, data).svg({ layout: 'wide', theme: 'standalone', state: { view: 'formal' } });
    expect(formal).toContain('only-formal');
    expect(formal).not.toContain('only-group');
    expect(formal).toContain('status-eaeu-observer'); // its key
    expect(formal).toMatch(/^<svg [^>]*data-view="formal"/);
    expect(formal).toContain('.chart[data-view=formal] .country.formal-eaeu-observer{fill:#29922a}');
    const group = rendered(partnersMap, data).svg({ layout: 'wide', theme: 'standalone' });
    expect(group).toMatch(/^<svg [^>]*data-view="group"/);
    expect(group).not.toContain('data-view=formal');
  });
  test('the highlight key has a button for every group but Russia, which never fades', () => {
    const filter = rendered(partnersMap, data).controls.find((c) => c.kind === 'filter')!;
    const groups = new Set(data.partners.map((p) => p.group));
    expect(filter.options.map((o) => o.value).sort()).toEqual([...groups].filter((g) => g !== 'subject').sort());
  });
  test('the table puts the name first and the memberships before the ISO code, which comes last', () => {
    const keys = rendered(partnersMap, data).table.columns.map((c) => c.key);
    expect(keys[0]).toBe('country');
    expect(keys.at(-1)).toBe('iso');
    expect(keys.indexOf('eaeu')).toBeLessThan(keys.indexOf('iso'));
  });
  test('the table lists every named country with its group and statuses', () => {
    const t = rendered(partnersMap, data).table;
    const names = t.rows.map((r) => r['country']);
    for (const p of namedPartners(data.partners)) expect(names).toContain(p.name);
    for (const p of data.partners.filter((x) => x.eaeu.status === 'none' && x.group !== 'subject'))
      expect(t.rows.find((r) => r['country'] === p.name)!['eaeu'], p.name).toBe('—');
  });
  test('the map stays small enough for the article budget', () => {
    const bytes = LAYOUTS.reduce((n, layout) => n + rendered(partnersMap, data).svg({ layout }).length, 0);
    expect(bytes).toBeLessThan(160_000);
  });
});
