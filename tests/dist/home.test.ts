import { describe, expect, it } from 'vitest';
import { read } from './files';

/**
 * Content test: each key figure on the home page links to the article section that explains it,
 * i.e. the section (from its heading to the next h2) prints that same figure.
 */
const home = read('index.html');
const cards = [...home.matchAll(/<div data-figure="([^"]+)"[^>]*>([\s\S]*?)<\/div>/g)].map((m) => ({ k: m[1]!, html: m[2]! }));

describe('home page key figures', () => {
  it('there are key figures', () => expect(cards.length).toBeGreaterThan(0));
  for (const { k, html } of cards) {
    it(`"${k}" links to a section that explains it`, () => {
      const href = html.match(/<a [^>]*href="([^"]+)"/)?.[1];
      expect(href, `the card for "${k}" has no link`).toBeDefined();
      const [path, fragment] = href!.split('#');
      expect(fragment, `${href} does not point at a section`).toBeTruthy();
      const page = read(`${path!.replace(/^\//, '')}index.html`);
      const start = page.search(new RegExp(`<h2[^>]*\\sid="${fragment}"`));
      expect(start, `${path} has no h2 with id "${fragment}"`).toBeGreaterThan(-1);
      const rest = page.slice(start + 3);
      const end = rest.search(/<h2[\s>]/);
      const section = end < 0 ? rest : rest.slice(0, end);
      expect(section, `the section #${fragment} of ${path} does not print "${k}"`).toContain(`data-figure="${k}"`);
    });
  }
});
