import { describe, expect, it } from 'vitest';
import { data } from '../../../src/data';
import { compactPath, countriesFull, outlinesAt } from '../../../src/charts/partners-map/partners-map.geometry';

/** The absolute points a path of M, L, l and z visits. */
function points(d: string): [number, number][] {
  const out: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, cmd, args] of d.matchAll(/([MLlz])([^MLlz]*)/g)) {
    const n = (args!.match(/-?\d*\.?\d+/g) ?? []).map(Number);
    for (let i = 0; i + 1 < n.length; i += 2) {
      if (cmd === 'l') [x, y] = [x + n[i]!, y + n[i + 1]!];
      else [x, y] = [n[i]!, n[i + 1]!];
      out.push([x, y]);
    }
  }
  return out;
}

const count = (fc: { features: { geometry: unknown }[] }) => JSON.stringify(fc.features.map((f) => f.geometry)).match(/\[-?\d+(\.\d+)?,-?\d+(\.\d+)?\]/g)!.length;

describe('partners-map geometry', () => {
  it('writes a path as relative steps on the grid, without drift and without empty steps', () => {
    const d = 'M268.2,177.1L269.3,182L273.9,183.4L273.9,183.4L260.1,190.6Z';
    const d2 = compactPath(d, 0.5);
    expect(d2).toBe('M268,177l1.5,5 4.5,1.5-14,7z');
    const expected = [[268.2, 177.1], [269.3, 182], [273.9, 183.4], [260.1, 190.6]];
    points(d2).forEach(([x, y], i) => {
      expect(Math.abs(x - expected[i]![0]!)).toBeLessThanOrEqual(0.25);
      expect(Math.abs(y - expected[i]![1]!)).toBeLessThanOrEqual(0.25);
    });
  });

  it('keeps fewer points the smaller the map is drawn, and every partner drawn as a shape, even on a phone-sized world', () => {
    const small = outlinesAt(150);
    const large = outlinesAt(1500);
    expect(count(small.countries)).toBeLessThan(count(large.countries));
    expect(count(large.countries)).toBeLessThan(count(countriesFull));
    const kept = new Set(small.countries.features.filter((f) => f.geometry).map((f) => f.id));
    for (const p of data.partners.filter((x) => !x.point)) expect(kept, p.name).toContain(p.numeric);
  });
});
