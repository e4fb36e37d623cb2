/**
 * A remark plugin that refuses article markup the site does not expect, naming the file and line.
 *
 * MDX turns any tag into live markup: a stray `<script>` or `<img onerror=…>` would reach readers
 * (only the CSP stands in the way), and a `{…}` expression runs code at build time. Articles need
 * neither, so the build allows the few components and inline elements they use and nothing else.
 * It also checks charts: a `<Chart id="…">` must name a chart in the registry and appear once on the
 * whole site. That element is the one place a chart is linked to its article (src/lib/articles.ts).
 */
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastPluginEntry, type PluginFactoryContext } from 'satteri';

/** Components the article layout provides, and plain inline HTML elements that carry meaning. */
export const ALLOWED_ELEMENTS = ['Chart', 'Num', 'Quote', 'Step', 'Term', 'q', 'abbr', 'sub', 'sup', 'br'] as const;

export interface ArticleGuardOptions {
  /** The ids of the chart registry (src/charts/registry.ts). */
  chartIds: readonly string[];
  /** Where paths in messages are relative to (the project root). */
  root?: string;
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface MarkupNode {
  type: string;
  name?: string | null;
  attributes?: readonly JsxAttribute[];
  position?: { start: { line: number; column: number } } | undefined;
}

export class ArticleMarkupError extends Error {
  override name = 'ArticleMarkupError';
}


/**
 * The guard as a Sätteri mdast plugin (Astro 7's Markdown engine): one instance per document,
 * sharing what was placed where across the whole build.
 */
export function articleGuard(options: ArticleGuardOptions): MdastPluginEntry {
  const root = options.root ?? process.cwd();
  /** Folder and chart id → the file and "file:line:column" where it was put, across every article of this build. */
  const placed = new Map<string, { file: string; where: string }>();

  return (doc: PluginFactoryContext) => {
    if (doc.sourceFormat !== 'mdx') return null;
    const path = doc.fileURL ? relative(root, fileURLToPath(doc.fileURL)) : '(an article)';
    // A file compiled again (dev server, rebuild) forgets its own earlier placements first.
    for (const [id, p] of placed) if (p.file === path) placed.delete(id);
    const problems: string[] = [];
    const at = (node: MarkupNode) => `${path}:${node.position?.start.line ?? '?'}:${node.position?.start.column ?? '?'}`;

    const element = (node: MarkupNode) => {
      const name = node.name ?? '(a fragment)';
      if (!(ALLOWED_ELEMENTS as readonly string[]).includes(name)) {
        problems.push(`${at(node)}: <${name}> is not allowed in an article; allowed: ${ALLOWED_ELEMENTS.join(', ')}`);
        return;
      }
      for (const attr of node.attributes ?? []) {
        if (attr.type !== 'mdxJsxAttribute')
          problems.push(`${at(node)}: <${name}> has a {…} attribute expression, which is not allowed`);
        else if (/^on/i.test(attr.name ?? ''))
          problems.push(`${at(node)}: <${name}> has an event handler attribute "${attr.name}", which is not allowed`);
        else if (attr.value !== null && attr.value !== undefined && typeof attr.value !== 'string')
          problems.push(`${at(node)}: <${name} ${attr.name}={…}> uses an expression; write a plain string`);
      }
      if (name === 'Chart') chart(node);
    };

    const chart = (node: MarkupNode) => {
      const id = node.attributes?.find((a) => a.name === 'id')?.value;
      if (typeof id !== 'string') {
        problems.push(`${at(node)}: <Chart> needs an id="…" naming a chart in src/charts/registry.ts`);
        return;
      }
      if (!options.chartIds.includes(id)) {
        problems.push(`${at(node)}: <Chart id="${id}"> names no chart in the registry; known: ${options.chartIds.join(', ')}`);
        return;
      }
      // Once per language: each language's articles are one folder (content/articles/, content/articles/de/).
      const key = `${dirname(path)}\u0000${id}`;
      const before = placed.get(key);
      if (before) problems.push(`${at(node)}: <Chart id="${id}"> is already placed at ${before.where}; a chart appears once in a language`);
      else placed.set(key, { file: path, where: at(node) });
    };

    return defineMdastPlugin({
      name: 'article-guard',
      options: { position: true },
      html(node) {
        problems.push(`${at(node)}: raw HTML is not allowed in an article; use Markdown or one of ${ALLOWED_ELEMENTS.join(', ')}`);
      },
      mdxjsEsm(node) {
        problems.push(`${at(node)}: import/export is not allowed in an article (the components are provided)`);
      },
      mdxFlowExpression(node) {
        problems.push(`${at(node)}: a {…} expression is not allowed in an article (it runs code at build time)`);
      },
      mdxTextExpression(node) {
        problems.push(`${at(node)}: a {…} expression is not allowed in an article (it runs code at build time)`);
      },
      mdxJsxFlowElement: element,
      mdxJsxTextElement: element,
      after() {
        if (problems.length)
          throw new ArticleMarkupError(
            `${path} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
          );
      },
    });
  };
}
