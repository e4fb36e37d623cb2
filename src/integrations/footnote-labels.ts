/**
 * The footnotes' words in the article's own language. Sätteri writes the footnotes section's
 * heading ("Footnotes") and each back link's label ("Back to reference 1") once for the whole
 * build, in English; this Sätteri hast plugin puts the words of the article's language there,
 * that language being its folder under content/articles/ (none: the default language).
 */
import { fileURLToPath } from 'node:url';
import { relative, sep } from 'node:path';
import type { HastPluginEntry, PluginFactoryContext } from 'satteri';

export interface FootnoteWords {
  /** The heading of the footnotes section (read by screen readers, hidden on screen). */
  footnotes: string;
  /** A back link's label; `{reference}` is the footnote's number. */
  footnoteBack: string;
}

export interface FootnoteLabelOptions {
  /** Language code → its words. */
  words: Readonly<Record<string, FootnoteWords>>;
  defaultLang: string;
  /** The articles' folder (content/articles/). */
  articles: URL;
}

/** The language of an article file: its first folder under the articles' folder, if it has one. */
export function articleLang(file: string, articlesDir: string, defaultLang: string): string {
  const parts = relative(articlesDir, file).split(sep);
  return parts.length > 1 ? parts[0]! : defaultLang;
}

export function footnoteLabels({ words, defaultLang, articles }: FootnoteLabelOptions): HastPluginEntry {
  const dir = fileURLToPath(articles);
  return (doc: PluginFactoryContext) => {
    if (doc.sourceFormat !== 'mdx' || !doc.fileURL) return null;
    const lang = articleLang(fileURLToPath(doc.fileURL), dir, defaultLang);
    const w = words[lang];
    if (!w) throw new Error(`src/i18n/languages/${lang}.ts is missing: ${relative(process.cwd(), fileURLToPath(doc.fileURL))} is in its folder`);
    return {
      name: 'footnote-labels',
      element: [
        {
          filter: ['h2'],
          visit(node, ctx) {
            if (node.properties?.['id'] === 'footnote-label') ctx.replaceNode(node, { ...node, children: [{ type: 'text', value: w.footnotes }] });
          },
        },
        {
          filter: ['a'],
          visit(node, ctx) {
            if (node.properties?.['dataFootnoteBackref'] === undefined) return;
            // The number Sätteri gave the reference ("1", "1-2") ends its own English label.
            const ref = /(\d+(?:-\d+)?)$/.exec(String(node.properties['ariaLabel'] ?? ''))?.[1];
            if (ref !== undefined) ctx.setProperty(node, 'ariaLabel', w.footnoteBack.replace('{reference}', ref));
          },
        },
      ],
    };
  };
}
