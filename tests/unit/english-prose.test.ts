/**
 * The "no English on a German page" checker (tests/dist/english-prose.ts), both ways: a German page
 * with marked English quotations, code and names passes; each kind of English it must find (a
 * sentence, a tooltip, a short UI label, a dialog waiting in an inert block, an unmarked quotation)
 * is found, with where it stands.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { englishOutsideLangEn, judge } from '../dist/english-prose';
import { visibleText } from '../dist/visible-text';

const fixture = (name: string) => readFileSync(`tests/fixtures/english-prose/${name}`, 'utf8');

describe('judge', () => {
  it.each([
    'The bars show how the developers answered.',
    'Only 7.2% reported significant support, while most saw no real support or no impact at all.',
    'Skip to content',
    'Download data',
  ])('finds English in %j', (text) => expect(judge(text).english).toBe(true));

  it.each([
    'Die Balken zeigen, wie die Entwickler geantwortet haben.',
    'Nur 7,2 % berichteten von deutlicher Unterstützung; in 2022 war das anders.',
    'Sanctions, Sidestepped',
    'Yadro übernimmt die Mehrheit an Syntacore',
    'Open Source und RISC-V: Russlands Chips',
    'Lizenz: CC BY 4.0',
    'ARE',
    'Open Source',
  ])('finds none in %j', (text) => expect(judge(text).english).toBe(false));
});

describe('visibleText', () => {
  it('keeps the language of the nearest lang attribute and skips code and scripts', () => {
    const blocks = visibleText(fixture('de-clean.html'));
    expect(blocks.find((b) => b.text.startsWith('Russia is exercising'))?.lang).toBe('en');
    expect(blocks.find((b) => b.text.startsWith('Russland handelt'))?.lang).toBe('de');
    expect(blocks.map((b) => b.text).join(' ')).not.toMatch(/code of the page|const the/);
    expect(blocks.find((b) => b.text === 'saw real benefits')?.lang).toBe('en');
  });

  it('reads tooltips and the markup of inert blocks', () => {
    const texts = visibleText(fixture('de-leaks.html')).map((b) => b.text);
    expect(texts).toContain('7.2% of the developers asked answered that they saw real support.');
    expect(texts).toContain('Copy the code and paste it into your page.');
  });
});

describe('englishOutsideLangEn', () => {
  it('passes a German page whose English is marked lang="en"', () => {
    expect(englishOutsideLangEn(fixture('de-clean.html'))).toEqual([]);
  });

  it('finds every English text of a German page, and where it stands', () => {
    const found = englishOutsideLangEn(fixture('de-leaks.html'));
    expect(found.map((f) => f.text)).toEqual([
      'Skip to content',
      'The bars show how the developers answered the question of support.',
      '7.2% of the developers asked answered that they saw real support.',
      'Embed & download',
      'Copy the code and paste it into your page.',
      'Russia is exercising a certain agency in this process and is not simply a passive recipient.',
    ]);
    expect(found.every((f) => f.lang === 'de')).toBe(true);
    expect(found.find((f) => f.text.startsWith('7.2%'))?.where).toMatch(/\[data-tip-body\]$/);
  });
});
