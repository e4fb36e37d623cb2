import { describe, expect, test } from 'vitest';
import { articleLang } from '../../src/integrations/footnote-labels';

describe('the language of an article file, for its footnotes’ words', () => {
  test('a file in a language folder is in that language; one at the top is in the default', () => {
    expect(articleLang('/site/content/articles/de/partner.mdx', '/site/content/articles', 'en')).toBe('de');
    expect(articleLang('/site/content/articles/partners.mdx', '/site/content/articles', 'en')).toBe('en');
  });
});
