import { describe, expect, it } from 'vitest';
import { resolvedCharts } from '../../../src/charts';
import { EMBED, FALLBACK_WIDTHS, embedHeight, embedSvgBox, fallbackHeights, type EmbedParts } from '../../../src/exports/embed-layout';
import { embedParts, embeddable } from '../../../src/exports/embed-fallback';

/** A made-up chart: the numbers below follow from EMBED, not from any real chart. */
const parts: EmbedParts = {
  title: 'A title',
  subtitle: 'A subtitle',
  sizes: { wide: { width: 800, height: 400 }, narrow: { width: 288, height: 288 } },
  controls: [],
  key: [],
  notes: [],
  sourceLine: 'Source: Someone (2024).',
  credit: 'Notes, sources and data',
};

describe('embedSvgBox', () => {
  it('uses the narrow layout below the container query and lets it grow to its maximum width', () => {
    expect(embedSvgBox(parts.sizes, 360)).toEqual({ layout: 'narrow', width: 360 - 2 * EMBED.pad, height: 360 - 2 * EMBED.pad });
    expect(embedSvgBox(parts.sizes, 640)).toMatchObject({ layout: 'narrow', width: EMBED.narrowMaxWidth });
  });

  it('uses the wide layout at full width from the container query on', () => {
    const box = embedSvgBox(parts.sizes, EMBED.wideFrom + 2 * EMBED.pad);
    expect(box).toEqual({ layout: 'wide', width: EMBED.wideFrom, height: EMBED.wideFrom / 2 });
  });
});

describe('embedHeight', () => {
  it('adds the chart at its shown size to the chrome, rounded up to 10 px', () => {
    const h = embedHeight(parts, 360);
    expect(h % 10).toBe(0);
    expect(h).toBeGreaterThanOrEqual(2 * EMBED.pad + 336);
    // A chart twice as tall adds its shown height (336 px at 360) once more, give or take the rounding.
    const taller = embedHeight({ ...parts, sizes: { ...parts.sizes, narrow: { width: 288, height: 576 } } }, 360);
    expect(Math.abs(taller - h - 336)).toBeLessThanOrEqual(10);
  });

  it('grows with every line of title, note, control row and key row', () => {
    const base = embedHeight(parts, 360);
    expect(embedHeight({ ...parts, title: 'A much longer title that certainly wraps onto a second line at a phone width' }, 360)).toBeGreaterThan(base);
    expect(embedHeight({ ...parts, notes: ['A note.'] }, 360)).toBeGreaterThan(base);
    const control = { kind: 'filter' as const, name: 'g', label: 'Groups', options: ['One', 'Two', 'Three', 'Four', 'Five', 'Six'].map((v) => ({ value: v, label: `Group ${v}` })) };
    expect(embedHeight({ ...parts, controls: [control] }, 360)).toBeGreaterThan(base);
    expect(embedHeight({ ...parts, key: [{ label: 'A key item', swatch: 'sw-a' }] }, 360)).toBeGreaterThan(base);
    expect(embedHeight(parts, 360, false)).toBeLessThan(base);
  });

  it('counts the tallest state a reader can switch to', () => {
    const view = { kind: 'switch' as const, name: 'view', label: 'Show', initial: 'a', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] };
    const longKey = Array.from({ length: 8 }, (_, i) => ({ label: `Status number ${i}`, swatch: 'swatch', when: { name: 'view', value: 'b' } }));
    expect(embedHeight({ ...parts, controls: [view], key: longKey }, 360)).toBeGreaterThan(embedHeight({ ...parts, controls: [view] }, 360));
  });
});

describe('the fallback heights of the registered charts', () => {
  it.each(resolvedCharts().map((c) => [c.id, c] as const))('%s: phone and column heights from its registry entry', (_id, chart) => {
    const h = fallbackHeights(embedParts(chart));
    expect(embeddable(chart).heights).toEqual(h);
    for (const w of Object.keys(FALLBACK_WIDTHS) as (keyof typeof FALLBACK_WIDTHS)[]) {
      // At least the chart itself at the width it is shown, plus the page's padding.
      expect(h.withTitle[w]).toBeGreaterThan(embedSvgBox(chart.sizes, FALLBACK_WIDTHS[w]).height + 2 * EMBED.pad);
      expect(h.withoutTitle[w]).toBeLessThan(h.withTitle[w]);
    }
  });
});
