/**
 * Our German edition's data and figures read as content/de/README.md promises: the figures the
 * German prose assumes, the partner names, the merged texts.
 */
import { describe, expect, test } from 'vitest';
import { data, dataFor } from '../../src/data';
import { figures } from '../../src/data/figures';
import { getLocale } from '../../src/i18n/locale';

const de = dataFor('de');
const f = figures(de, getLocale('de'));
const nb = '\u00a0';

describe('German figures', () => {
  test('the sums, rates and shares the German articles print', () => {
    expect(f['total-rub']!.text).toBe(`37,1${nb}Mrd. Rubel`);
    expect(f['usd-spotlight']!.text).toBe(`etwa USD 407${nb}Mio.`);
    expect(f['avg-rub']!.text).toBe(`etwa 687${nb}Mio. Rubel`);
    expect(f['rate-now']!.text).toBe('91,26 Rubel je Dollar');
    expect(f['rate-then']!.text).toBe('etwa 61,6 Rubel je Dollar');
    expect(f['survey-support']!.text).toBe(`7,2${nb}%`);
    expect(f['foreign-share']!.text).toBe(`90${nb}%`);
    expect(f['kommersant-foreign']!.text).toBe(`65–70${nb}%`);
  });

  test('counts in words, the one member neuter („nur eines Vollmitglied“)', () => {
    expect(f['eurasian-group']!.text).toBe('vier');
    expect(f['eurasian-eaeu-members']!.text).toBe('eines');
  });

  test('every figure has a German label, none the English one', () => {
    const en = figures(data);
    for (const [k, v] of Object.entries(f)) expect(v.label, k).not.toBe(en[k]!.label);
  });
});

describe('German data', () => {
  test('partner names from ISO with the two overrides', () => {
    const name = (id: string) => de.partners.find((p) => p.id === id)!.name;
    expect(name('russia')).toBe('Russland');
    expect(name('hong-kong')).toBe('Hongkong (Sonderverwaltungszone Chinas)');
    expect(name('turkey')).toBe('Türkei');
    expect(name('egypt')).toBe('Ägypten');
  });

  test('numbers, dates and sources stay the English records’', () => {
    expect(de.budget.totalRub).toBe(data.budget.totalRub);
    expect(de.timeline.map((e) => [e.id, e.start, e.end, e.sources])).toEqual(data.timeline.map((e) => [e.id, e.start, e.end, e.sources]));
    expect(de.survey.answers.map((a) => a.percent)).toEqual(data.survey.answers.map((a) => a.percent));
  });
});
