import { describe, expect, it } from 'vitest';
import { articleProblems, type ArticleEntry } from '../../src/lib/article-set';

const en = (slug: string, order: number): ArticleEntry => ({ id: slug, data: { order } });
const de = (slug: string, order: number, translationOf?: string): ArticleEntry => ({ id: `de/${slug}`, data: { order, translationOf } });

describe('the articles of every language as one set', () => {
  it('accepts English originals and German editions that name them', () => {
    expect(articleProblems([en('partners', 1), en('chips', 2), de('partner', 1, 'partners'), de('chips', 2, 'chips')])).toEqual([]);
  });

  it('needs translationOf outside English, naming the file and the field', () => {
    expect(articleProblems([en('partners', 1), de('partner', 1)])).toEqual([
      'content/articles/de/partner.mdx: frontmatter field "translationOf" is missing: name the English article this one translates (its file name in content/articles/)',
    ]);
  });

  it('refuses a translationOf that names no English article, or one in English', () => {
    const problems = articleProblems([{ id: 'partners', data: { order: 1, translationOf: 'x' } }, de('partner', 1, 'partner')]);
    expect(problems).toEqual([
      'content/articles/partners.mdx: frontmatter field "translationOf" is only for articles in other languages (this one is the original)',
      'content/articles/de/partner.mdx: frontmatter field "translationOf" is "partner", but content/articles/partner.mdx does not exist (known: partners)',
    ]);
  });

  it('refuses two editions of one article, two equal orders in a language, and a folder that is no language', () => {
    const problems = articleProblems([en('partners', 1), de('a', 1, 'partners'), de('b', 1, 'partners'), { id: 'fr/partenaires', data: { order: 1, translationOf: 'partners' } }]);
    expect(problems).toEqual([
      'content/articles/de/b.mdx: frontmatter field "translationOf" is "partners", the same as content/articles/de/a.mdx',
      'content/articles/de/b.mdx: frontmatter field "order" is 1, the same as content/articles/de/a.mdx',
      expect.stringContaining('content/articles/fr/partenaires.mdx: the folder "fr" is no language of the site'),
    ]);
  });
});
