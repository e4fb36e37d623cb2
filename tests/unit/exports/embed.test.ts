import { describe, expect, it } from 'vitest';
import { parseEmbedOptions, embedQuery, DEFAULT_OPTIONS } from '../../../src/exports/embed-options';
import { embedCode, embedUrl, fallbackHeight } from '../../../src/exports/embed-code';
import { LANGS } from '../../../src/i18n/locale';
import { langPath } from '../../../src/i18n/paths';

const view = [{ name: 'view', values: ['group', 'formal'], initial: 'group' }];

describe('parseEmbedOptions', () => {
  it('reads valid options', () => {
    expect(parseEmbedOptions('?theme=dark&title=0&view=formal', view)).toEqual({ theme: 'dark', title: false, state: { view: 'formal' } });
  });

  it('falls back to the defaults on unknown keys and bad values', () => {
    expect(parseEmbedOptions('?theme=purple&title=maybe&view=satellite&x=<script>', view)).toEqual(DEFAULT_OPTIONS);
    expect(parseEmbedOptions('', view)).toEqual(DEFAULT_OPTIONS);
  });

  it('ignores state a chart does not have', () => {
    expect(parseEmbedOptions('?view=formal', [])).toEqual(DEFAULT_OPTIONS);
  });
});

describe('embed codes', () => {
  const heights = { withTitle: { phone: 720, column: 640 }, withoutTitle: { phone: 650, column: 580 } };
  const chart = { id: 'russoft-survey', lang: 'en', title: 'How developers judged the "centres"', heights };

  it('embedQuery leaves defaults out and round-trips through parseEmbedOptions', () => {
    expect(embedQuery(DEFAULT_OPTIONS)).toBe('');
    const o = { theme: 'light' as const, title: false, state: { view: 'formal' } };
    expect(parseEmbedOptions(embedQuery(o), view)).toEqual(o);
  });

  it('the code carries the 640 px column height, with or without the title', () => {
    expect(fallbackHeight(chart)).toBe(640);
    expect(fallbackHeight(chart, false)).toBe(580);
    expect(fallbackHeight(chart, true, 'phone')).toBe(720);
    expect(embedCode({ chart, siteRoot: 'https://example.org/', options: { ...DEFAULT_OPTIONS, title: false } })).toContain('height="580"');
  });

  it('is a lazy, titled, full-width iframe plus the host script, with attributes escaped', () => {
    const code = embedCode({ chart, siteRoot: 'https://example.org/sanctions/' });
    expect(code).toContain('<iframe src="https://example.org/sanctions/embed/russoft-survey/"');
    expect(code).toContain('title="How developers judged the &quot;centres&quot;"');
    expect(code).toContain('width="100%"');
    expect(code).toContain('loading="lazy"');
    expect(code).toContain(`height="${fallbackHeight(chart)}"`);
    expect(code).toContain('<script async src="https://example.org/sanctions/embed.js"></script>');
    expect(embedCode({ chart, siteRoot: 'https://example.org/', script: false })).not.toContain('<script');
  });

  it('embedUrl carries the options', () => {
    expect(embedUrl('https://example.org/', 'partners-map', { theme: 'dark', title: true, state: { view: 'formal' } })).toBe(
      'https://example.org/embed/partners-map/?theme=dark&view=formal',
    );
  });

  it('embedUrl puts every language where langPath puts its pages (English at the root)', () => {
    for (const lang of LANGS)
      expect(embedUrl('https://example.org/sanctions/', 'timeline', { theme: 'dark', title: false, state: {} }, lang)).toBe(
        new URL(`${langPath(lang, 'embed/timeline/')}?theme=dark&title=0`, 'https://example.org/sanctions/').href,
      );
  });

  it('a chart’s code points at the embed in its language', () => {
    for (const lang of LANGS)
      expect(embedCode({ chart: { ...chart, lang }, siteRoot: 'https://example.org/' })).toContain(`src="https://example.org/${langPath(lang, 'embed/russoft-survey/')}"`);
  });
});
