import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { articleGuard, ArticleMarkupError } from '../../src/integrations/article-guard';

const dir = 'tests/fixtures/articles';
const chartIds = ['bars', 'lines', 'timeline'];

/** Compiles fixture articles in order with one guard, as one build would; returns the first error. */
function compile(...names: string[]): Error | undefined {
  const guard = articleGuard({ chartIds });
  for (const name of names) {
    const path = `${process.cwd()}/${dir}/${name}.mdx`;
    const source = readFileSync(path, 'utf8').replace(/^---[\s\S]*?---/, (fm) => fm.replace(/[^\n]/g, '')); // as Astro does: lines kept
    try {
      mdxToJs(source, { mdastPlugins: [guard], fileURL: pathToFileURL(path) });
    } catch (e) {
      return e as Error;
    }
  }
  return undefined;
}

describe('articleGuard', () => {
  it('lets an article with only the allowed components and elements through', () => {
    expect(compile('clean')).toBeUndefined();
  });

  it('refuses raw HTML, event handlers, expressions and an unknown chart, with file and line', () => {
    const error = compile('hostile');
    expect(error).toBeInstanceOf(ArticleMarkupError);
    const message = error?.message ?? '';
    expect(message).toContain(`${dir}/hostile.mdx:7:1: <script> is not allowed`);
    expect(message).toMatch(/hostile\.mdx:9:\d+: <Quote> has an event handler attribute "onclick"/);
    expect(message).toMatch(/hostile\.mdx:9:\d+: a \{…\} expression is not allowed/);
    expect(message).toContain('<Chart id="no-such-chart"> names no chart in the registry; known: bars, lines, timeline');
    expect(message).not.toMatch(/<Term>|<q>/);
  });

  it('refuses the same chart placed twice, naming both places', () => {
    const message = compile('twice-a', 'twice-b')?.message ?? '';
    expect(message).toContain(`${dir}/twice-b.mdx:5:1: <Chart id="bars"> is already placed at ${dir}/twice-a.mdx:5:1; a chart appears once`);
  });

  it('places a chart once per language: the German edition in de/ may place it again, with its English quotations marked', () => {
    expect(compile('twice-a', 'de/zweimal')).toBeUndefined();
    const message = compile('de/zweimal', 'de/zweimal-again')?.message ?? '';
    expect(message).toContain(`${dir}/de/zweimal-again.mdx:5:1: <Chart id="bars"> is already placed at ${dir}/de/zweimal.mdx:6:1`);
  });

  it('forgets a file’s placements when that file is compiled again', () => {
    expect(compile('twice-a', 'twice-a')).toBeUndefined();
  });
});
