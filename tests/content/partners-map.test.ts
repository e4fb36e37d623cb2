/**
 * What our map shows of our partners: claims about content, so they live here and not in the
 * map's code tests (which hold for any data).
 */
import { describe, expect, test } from 'vitest';
import { data } from '../../src/data';
import partnersMap from '../../src/charts/partners-map/partners-map';
import { partnersMapLayout } from '../../src/charts/partners-map/partners-map.layout';
import { getLocale } from '../../src/i18n/locale';
import { LAYOUTS } from '../../src/charts/types';

const words = { t: partnersMap.messages.en, locale: getLocale('en') };

describe('the partners map with our data', () => {
  for (const layout of LAYOUTS) {
    const l = partnersMapLayout(data.partners, layout, partnersMap.sizes[layout], words);
    test(`${layout}: Hong Kong and Singapore, too small for the outlines, are the points`, () => {
      expect(l.countries.filter((c) => c.point).map((c) => c.partner.id).sort()).toEqual(['hong-kong', 'singapore']);
    });
    test(`${layout}: the crop is Eurasia, so Cuba is an arrow at the western edge`, () => {
      expect(l.countries.find((c) => c.partner.id === 'cuba')?.offMap).toBe('west');
    });
  }
});
