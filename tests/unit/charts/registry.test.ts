import { describe, expect, test } from 'vitest';
import { LANGS } from '../../../src/i18n/locale';
import { CHARTS, resolvedCharts } from '../../../src/charts';
import { LAYOUTS, type RenderOptions, type ResolvedChart } from '../../../src/charts/types';
import { serialize } from '../../../src/charts/shared/svg';
import { textWidth } from '../../../src/charts/shared/text';
import { expectSvgSnapshot } from './helpers/svg-snapshot';
import { registryIds } from '../../../src/charts/registry-ids';

const svgOf = (chart: ResolvedChart, o: RenderOptions) => serialize(chart.render(o));

describe('the chart registry', () => {
  test('lists each chart once, and each chart folder is in it', () => {
    const ids = CHARTS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const folders = Object.keys(import.meta.glob('../../../src/charts/*/README.md')).map((p) => p.split('/').at(-2));
    expect(folders.sort()).toEqual([...ids].sort());
  });

  test('the ids astro.config reads from its text are its ids, in its order', () => {
    expect(registryIds(new URL('../../../src/charts/registry.ts', import.meta.url))).toEqual(CHARTS.map((c) => c.id));
  });

  for (const chart of LANGS.flatMap((lang) => resolvedCharts(lang))) {
    const { id, lang } = chart;
    // Every value of every switch: each is a drawing a reader can see.
    const states: Record<string, string>[] = [
      {},
      ...chart.controls.filter((c) => c.kind === 'switch').flatMap((c) => c.options.filter((o) => o.value !== c.initial).map((o) => ({ [c.name]: o.value }))),
    ];
    const stateName = (state: Record<string, string>) => Object.entries(state).map(([k, v]) => `.${k}-${v}`).join('');
    describe(`${id} (${lang})`, () => {
      test('cites sources', () => {
        expect(chart.sources.length).toBeGreaterThan(0);
      });

      test('describes itself in 2–4 sentences with numbers from the data', () => {
        const text = chart.description;
        // A full stop after a day ("11. Juli") or a short capitalised abbreviation ("Mio. Rubel") ends no sentence.
        const sentences = text.split(/(?<=(?<!(?<!\d)\d{1,2}|(?<!\p{L})\p{Lu}\p{Ll}{0,3})[.!?][”“)]?)\s+(?=[\p{Lu}0-9“„])/u);
        expect(sentences.length).toBeGreaterThanOrEqual(2);
        expect(sentences.length).toBeLessThanOrEqual(4);
        expect(text).toMatch(/\d/);
      });

      test('has a table whose rows fill every column', () => {
        const t = chart.table;
        expect(t.caption.length).toBeGreaterThan(0);
        expect(t.rows.length).toBeGreaterThan(0);
        for (const row of t.rows) for (const c of t.columns) expect(row[c.key], `${c.key}`).toBeDefined();
      });

      for (const layout of LAYOUTS) for (const state of states) {
        describe(`${layout} layout${stateName(state)}`, () => {
          const svg = svgOf(chart, { layout, state });

          test('is deterministic: rendering twice gives the same bytes', () => {
            expect(svgOf(chart, { layout, state })).toBe(svg);
          });

          test('matches its size and carries no style attributes, scripts or <style>', () => {
            const { width, height } = chart.sizes[layout];
            expect(svg).toContain(`viewBox="0 0 ${width} ${height}"`);
            expect(svg).not.toMatch(/\sstyle=/);
            expect(svg).not.toMatch(/<script|<style|javascript:|\son[a-z]+=/i);
          });

          test('keeps text at 12 px or more', () => {
            const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
            expect(sizes.length).toBeGreaterThan(0);
            // The narrow layout is drawn at 328 px for a 360 px screen and shown at that size or larger.
            expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
          });

          test('keeps every mark inside the frame', () => {
            const { width, height } = chart.sizes[layout];
            for (const m of svg.matchAll(/<text[^>]* x="(-?[\d.]+)" y="(-?[\d.]+)"/g)) {
              expect(Number(m[1])).toBeGreaterThanOrEqual(0);
              expect(Number(m[1])).toBeLessThanOrEqual(width);
              expect(Number(m[2])).toBeGreaterThan(0);
              expect(Number(m[2])).toBeLessThanOrEqual(height);
            }
          });

          test('keeps every label’s full width inside the frame, not only its anchor point', () => {
            const { width } = chart.sizes[layout];
            for (const m of svg.matchAll(/<text([^>]*)>(.*?)<\/text>/g)) {
              const attrs = m[1]!;
              const x = Number(/\sx="(-?[\d.]+)"/.exec(attrs)?.[1] ?? NaN);
              const size = Number(/font-size="([\d.]+)"/.exec(attrs)?.[1] ?? NaN);
              if (Number.isNaN(x) || Number.isNaN(size)) continue;
              const anchor = /text-anchor="(start|middle|end)"/.exec(attrs)?.[1] ?? 'start';
              // A <tspan> with its own x starts a new line: each line is measured on its own.
              const lines = /<tspan[^>]* x="/.test(m[2]!) ? [...m[2]!.matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)].map((t) => t[1]!) : [m[2]!];
              for (const line of lines) {
                const text = line.replace(/<[^>]+>/g, '').replace(/&[a-z#0-9]+;/g, 'x');
                const weight = Number(/font-weight="(\d+)"/.exec(attrs)?.[1] ?? 400) >= 600 ? 'bold' : 'normal';
                const w = textWidth(text, size, weight);
                const left = anchor === 'start' ? x : anchor === 'middle' ? x - w / 2 : x - w;
                expect(left, text).toBeGreaterThanOrEqual(-0.5);
                expect(left + w, text).toBeLessThanOrEqual(width + 0.5);
              }
            }
          });

          test('matches its snapshot', async () => {
            await expectSvgSnapshot(`${id}.${lang}.${layout}${stateName(state)}`, svg);
          });
        });
      }

      test('wide and narrow SVGs never share an element id', () => {
        const ids = LAYOUTS.flatMap((layout) => [...svgOf(chart, { layout }).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
        expect(new Set(ids).size).toBe(ids.length);
      });

      test('a standalone SVG is self-contained: xmlns, title, style block', () => {
        const svg = svgOf(chart, { layout: 'wide', theme: 'standalone' });
        expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
        expect(svg).toContain('<title>');
        expect(svg).toContain('<style>');
      });

      test('the inline SVG points at the page’s title and description when asked', () => {
        const svg = svgOf(chart, { layout: 'narrow', labelledBy: 't', describedBy: 'd' });
        expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="t" aria-describedby="d"/);
      });
    });
  }
});
