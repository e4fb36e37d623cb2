/**
 * The map's label placement, kept on disk between builds (src/lib/build-cache.ts): placing the
 * labels of one panel is the build's slowest step (about 0.4 s of a 5 s build for the four maps,
 * two layouts in two languages), and it gives the same labels for the same inputs. The key is all
 * of them: the requests and options, the panel's raster bits, the source of the code that places
 * and measures (so an edit to it is a new entry, never a stale hit) and the versions of the font
 * files and of fontkit, which give the text widths.
 */
import { cachedJson, packageVersion } from '../../lib/build-cache';
import { placeMapLabels, type MapLabel, type MapLabelRequest } from './partners-map.labels';
import type { Raster } from './partners-map.raster';
import type { Box } from '../shared/text';

const PLACING_CODE = import.meta.glob<string>(
  ['./partners-map.labels.ts', './partners-map.raster.ts', '../shared/labels.ts', '../shared/text.ts', '../shared/chart-font.ts'],
  { query: '?raw', import: 'default', eager: true },
);

let versions: string[] | undefined;
const codeAndFonts = (): string[] =>
  (versions ??= [
    ...Object.entries(PLACING_CODE).flatMap(([file, source]) => [file, source]),
    packageVersion('fontkit'),
    packageVersion('@expo-google-fonts/source-sans-3'),
    packageVersion('@expo-google-fonts/arimo'),
  ]);

type PlaceOptions = { size: number; raster: Raster; bounds: Box; frames: readonly Box[]; blocks?: readonly Box[] };

export function placeMapLabelsKept(requests: readonly MapLabelRequest[], opts: PlaceOptions): MapLabel[] {
  const { raster, ...rest } = opts;
  const key = [
    ...codeAndFonts(),
    JSON.stringify({ requests, rest, raster: { box: raster.box, w: raster.w, h: raster.h } }),
    new Uint8Array(raster.bits.buffer, raster.bits.byteOffset, raster.bits.byteLength),
  ];
  return cachedJson<MapLabel[]>('map-labels', key, () => placeMapLabels(requests, opts));
}
