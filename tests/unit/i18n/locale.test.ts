import { describe, expect, test } from 'vitest';
import { data } from '../../../src/data';
import { getLocale, localeData, makeLocale, type Lang } from '../../../src/i18n/locale';
import { CHARTS } from '../../../src/charts';
import { resolveChart } from '../../../src/charts/shared/render';
import { serialize } from '../../../src/charts/shared/svg';
import { LAYOUTS, type ChartDefinition } from '../../../src/charts/types';
import { precisionOf } from '../../../src/schemas/common';
import { en as competenceCentres } from '../../../src/charts/competence-centres/messages/en';

const en = getLocale('en');

describe('English formats (as the articles print them)', () => {
  test('large sums', () => {
    expect(en.compact(37.1e9, 'roubles')).toBe('37.1 billion roubles');
    expect(en.compact(37e9)).toBe('37 billion');
    expect(en.compact(687_037_037, 'roubles')).toBe('687 million roubles');
    expect(en.compact(17)).toBe('17');
    expect(en.money(602.3e6, 'USD')).toBe('USD 602 million');
    expect(en.millions(1_124_242_424)).toBe('1,124');
  });
  test('counts under ten as words in running text', () => {
    expect([1, 4, 17].map(en.count)).toEqual(['one', 'four', '17']);
  });
  test('percentages and ranges', () => {
    expect(en.percent(7.2)).toBe('7.2%');
    expect(en.percent(90)).toBe('90%');
    expect(en.percentRange(65, 70)).toBe('65–70%');
    expect(en.percentRange(90, 90)).toBe('90%');
  });
  test('a date no more precisely than it is known, nor than asked', () => {
    expect(en.date('2012')).toBe('2012');
    expect(en.date('2022-07')).toBe('July 2022');
    expect(en.date('2022-07-15')).toBe('15 July 2022');
    expect(en.date('2024-09-12', 'month')).toBe('September 2024');
    expect(en.date(new Date(Date.UTC(2024, 8, 18, 23, 30)))).toBe('18 September 2024');
    expect(precisionOf('2022-07')).toBe('month');
  });
  test('lists, and their parts for lists of links', () => {
    expect(en.list(['China', 'Iran', 'North Korea'])).toBe('China, Iran and North Korea');
    expect(en.list(['a', 'b'], 'unit')).toBe('a, b');
    expect(en.listParts(['x, and y', 'z'])).toEqual([{ type: 'element', index: 0 }, { type: 'literal', value: ' and ' }, { type: 'element', index: 1 }]);
  });
  test('the preposition English wants before a date (a message, not a format)', () => {
    expect(competenceCentres.when(en.date('2022-07-11'), 'day')).toBe('on 11 July 2022');
    expect(competenceCentres.when(en.date('2022-07'), 'month')).toBe('in July 2022');
  });
});

/**
 * German (issue 13) as that issue will add it: a tag and number words for the Locale, and messages.
 * The formats come from Intl; no chart code changes. The messages here are a throwaway: English
 * ones with the German unit, enough to see the formats in every chart's drawing.
 */
describe('a second language is data: German through the same code', () => {
  const de = makeLocale('de' as Lang, { ...localeData('en'), intl: 'de-DE', name: 'Deutsch', compactDisplay: 'short', numberWords: ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'] });
  const nb = '\u00a0';

  test('formats', () => {
    expect(de.compact(37.1e9, 'Rubel')).toBe(`37,1${nb}Mrd. Rubel`);
    expect(de.percent(7.2)).toBe(`7,2${nb}%`);
    expect(de.percentRange(65, 70)).toBe(`65–70${nb}%`);
    expect(de.money(602.3e6, 'USD')).toBe(`602${nb}Mio. USD`);
    expect(de.millions(1_124_242_424)).toBe('1.124');
    expect(de.date('2024-09-18')).toBe('18. September 2024');
    expect(de.list(['China', 'Iran', 'Nordkorea'])).toBe('China, Iran und Nordkorea');
    expect(de.count(4)).toBe('vier');
  });

  test('every chart draws in it, with German numbers and dates', () => {
    const drawn = CHARTS.map((c: ChartDefinition<string, unknown>) => {
      const t = c.id === 'competence-centres' ? { ...competenceCentres, roubles: 'Rubel' } : c.messages.en;
      const chart = resolveChart({ ...c, messages: { de: t } as unknown as { en: unknown } }, data, de);
      return LAYOUTS.map((layout) => serialize(chart.render({ layout }))).join('\n');
    }).join('\n');
    expect(drawn).toContain(`37,1${nb}Mrd. Rubel`);
    expect(drawn).toContain(`7,2${nb}%`);
    expect(drawn).toContain('18. September 2024');
    // And no English format is left in the drawing's own texts ("37.1 billion" is in a timeline title: data).
    expect(drawn).not.toMatch(/(?:^|[\s>“(])(?:7\.2%|18 September)/m);
    // Drawing the map's wide layout takes seconds on a busy machine.
  }, 60_000);
});
