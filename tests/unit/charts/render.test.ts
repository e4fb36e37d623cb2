/**
 * The shared renderer: charts come back as nodes, and whatever frames them (the standalone file,
 * the Open Graph card) nests those nodes, so chart text is never read as a replacement pattern
 * (`String.replace` turns `$&` into the matched text) or as markup.
 */
import { describe, expect, test } from 'vitest';
import { data } from '../../../src/data';
import { getLocale } from '../../../src/i18n/locale';
import { resolveChart } from '../../../src/charts/shared/render';
import { serialize } from '../../../src/charts/shared/svg';
import { escapeXml } from '../../../src/charts/shared/escape';
import { standaloneSvg } from '../../../src/exports/standalone-svg';
import dollarChart, { HOSTILE } from '../../fixtures/charts/dollar-chart';

const chart = resolveChart(dollarChart, data, getLocale('en'));
const escaped = escapeXml(HOSTILE);
const textOf = (svg: string) => [...svg.matchAll(/<(?:text|title|desc)\b[^>]*>([^<]*)</g)].map((m) => m[1]).join('\n');

describe('the shared renderer', () => {
  test('frames the chart once, with its title and layout', () => {
    const svg = serialize(chart.render({ layout: 'wide', theme: 'standalone' }));
    expect(svg.match(/<svg\b/g)).toHaveLength(1);
    expect(svg).toContain('data-chart-svg="dollar-chart-wide"');
    expect(svg).toContain(`<title>Title ${escaped}</title>`);
  });

  // The Open Graph card, which nests the chart the same way, is checked in tests/unit/exports/og-image.test.ts.
  test('the standalone file keeps $-patterns and markup in chart text literal', () => {
    const svg = standaloneSvg({ chart, pageUrl: 'https://example.org/charts/dollar-chart/' });
    expect(textOf(svg)).toContain(`Label ${escaped}`);
    expect(svg).not.toContain('<script>');
    // Every <svg> opened is closed: the chart's text did not end the file early.
    expect(svg.match(/<svg\b/g)?.length).toBe(svg.match(/<\/svg>/g)?.length);
  });
});
