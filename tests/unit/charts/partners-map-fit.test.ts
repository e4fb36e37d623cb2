/**
 * The map's labels with words 40 % longer than English (the pseudo-locale's): names, short names,
 * panel titles and formal notes. Every label that is drawn stays inside the drawing and off every
 * other label; one that finds no clean place is left out (the table and the tooltip still name it).
 */
import { describe, expect, test } from 'vitest';
import { data } from '../../../src/data';
import partnersMap from '../../../src/charts/partners-map/partners-map';
import { pseudoText } from '../../../scripts/lib/pseudo-locale.mjs';
import { longerWords, misfitsWith } from './helpers/fit';

const longNames = { ...data, partners: data.partners.map((p) => ({ ...p, name: pseudoText(p.name) })) };

describe('partners-map with longer words', () => {
  test('panel titles, names and notes stay inside the drawing and off each other, in both layouts and views', () => {
    expect(misfitsWith(partnersMap, longerWords, { data: longNames })).toEqual([]);
  }, 120_000);
});
