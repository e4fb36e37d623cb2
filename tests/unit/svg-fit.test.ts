/** The label-fit check of built chart drawings (tests/dist/svg-fit.ts), both ways. */
import { describe, expect, it } from 'vitest';
import { chartSvgs, misfits, views } from '../dist/svg-fit';

const page = (inner: string, width = 300) =>
  `<figure><div class="chart-svg chart-svg--wide" data-layout="wide"><svg viewBox="0 0 ${width} 100" role="img">${inner}</svg></div></figure>`;
const text = (x: number, y: number, s: string, extra = '') => `<text x="${x}" y="${y}" font-size="14"${extra}><![CDATA[${s}]]></text>`;

describe('misfits', () => {
  it('passes labels that stand apart inside the drawing', () => {
    const [svg] = chartSvgs(page(text(10, 20, 'China') + text(10, 60, 'Iran') + text(290, 90, 'Ende', ' text-anchor="end"')));
    expect(misfits(svg!)).toEqual([]);
  });

  it('finds a label past the side and two labels on each other', () => {
    const [svg] = chartSvgs(page(text(250, 20, 'A label far too long for its place') + text(10, 60, 'Iran') + text(20, 62, 'Indien')));
    const found = misfits(svg!);
    expect(found.some((f) => f.startsWith('“A label far too long for its place” runs past the side'))).toBe(true);
    expect(found).toContain('“Iran” overlaps “Indien”');
  });

  it('measures each line of a wrapped label on its own', () => {
    const wrapped = `<text x="10" y="20" font-size="14"><tspan x="10" dy="0">Belarus</tspan><tspan x="10" dy="16">EAEU member</tspan></text>`;
    expect(misfits(chartSvgs(page(wrapped))[0]!)).toEqual([]);
  });

  it('reads the views of a chart with switches apart, and finds an overlap within one', () => {
    const two = `<g class="labels only-group">${text(10, 20, 'Cuba')}</g><g class="labels only-formal">${text(10, 20, 'Cuba')}${text(12, 22, 'EAEU observer')}</g>`;
    const [svg] = chartSvgs(page(two));
    expect(views(svg!.svg)).toHaveLength(2);
    expect(misfits(svg!)).toEqual(['“Cuba” overlaps “EAEU observer”']);
  });
});
