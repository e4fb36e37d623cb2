import { describe, expect, it } from 'vitest';
import { fill, missingKeys, ui } from '../../../src/i18n/ui';
import { LANGS } from '../../../src/i18n/locale';

describe('the page and interface strings of each language', () => {
  it('every language has every English key (a language added as a file is checked, not only typed)', () => {
    for (const lang of LANGS) expect(() => ui(lang), lang).not.toThrow();
  });

  it('names the keys a language lacks or leaves empty; where the English is empty, an empty string will do', () => {
    const en = { header: { about: 'About', language: 'Language' }, about: { madeEdition: '' } };
    expect(missingKeys(en, { header: { about: 'Über uns', language: '' }, about: { madeEdition: '' } })).toEqual(['ui.header.language']);
    expect(missingKeys(en, { header: { about: 'Über uns', language: 'Sprache' }, about: { madeEdition: 'Neu geschrieben.' } })).toEqual([]);
    expect(missingKeys(en, {})).toEqual(['ui.header.about', 'ui.header.language', 'ui.about.madeEdition']);
  });

  it('fills slots and refuses one that nothing fills', () => {
    expect(fill('{n} Min. Lesezeit', { n: 5 })).toBe('5 Min. Lesezeit');
    expect(() => fill('Teil {n} von {total}', { n: 1 })).toThrow('{total}');
  });
});
