import { expect, test } from 'vitest';
import { placeMapLabels, type MapLabelRequest } from '../../../src/charts/partners-map/partners-map.labels';
import { placeMapLabelsKept } from '../../../src/charts/partners-map/partners-map.labels-kept';
import { emptyRaster, fillRings } from '../../../src/charts/partners-map/partners-map.raster';

// Two invented countries on a small panel: a wide one and a narrow one beside it, and a dot.
const box = { x: 0, y: 0, width: 240, height: 160 };
function panel() {
  const raster = emptyRaster(box);
  fillRings(raster, 0, [[[20, 30], [150, 30], [150, 120], [20, 120], [20, 30]]]);
  fillRings(raster, 1, [[[160, 40], [175, 40], [175, 110], [160, 110], [160, 40]]]);
  return raster;
}
const requests: MapLabelRequest[] = [
  { id: 'wide', index: 0, variants: [['Wideland']], x: 85, y: 75, kind: 'area', markBox: { x: 20, y: 30, width: 130, height: 90 } },
  { id: 'narrow', index: 1, variants: [['Narrow Republic'], ['Narrow', 'Republic']], x: 167, y: 75, kind: 'area', markBox: { x: 160, y: 40, width: 15, height: 70 } },
  { id: 'dot', index: 2, variants: [['Dot City']], x: 200, y: 140, kind: 'point', markBox: { x: 197, y: 137, width: 6, height: 6 } },
];
const options = (raster = panel()) => ({ size: 11, raster, bounds: { x: 2, y: 2, width: 236, height: 156 }, frames: [] });

test('kept labels are the labels placed now, made once and then read back the same', () => {
  const now = placeMapLabels(requests, options());
  expect(now.length).toBe(3);
  // The first call may make the entry or find it from an earlier run; the second always reads it.
  expect(placeMapLabelsKept(requests, options())).toEqual(now);
  expect(placeMapLabelsKept(requests, options())).toEqual(now);
});

test('another raster or other words are another entry, never the kept labels of the first', () => {
  const moved = panel();
  // The narrow country grows to the panel's right edge: its label must find another place.
  fillRings(moved, 1, [[[160, 10], [238, 10], [238, 150], [160, 150], [160, 10]]]);
  expect(placeMapLabelsKept(requests, options(moved))).toEqual(placeMapLabels(requests, options(moved)));
  const renamed = requests.map((r) => (r.id === 'wide' ? { ...r, variants: [['Very Wide Federation']] } : r));
  const kept = placeMapLabelsKept(renamed, options());
  expect(kept.find((l) => l.id === 'wide')?.text).toBe('Very Wide Federation');
  expect(kept).toEqual(placeMapLabels(renamed, options()));
});
