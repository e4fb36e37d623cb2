/** Reads our content and the two documents every claim must trace to: the spotlight and the fact sheet. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
/** The spotlight and fact sheet live outside the repository (their licence forbids copying the spotlight in). */
const sourceDir = resolve(root, process.env['SOURCE_DIR'] ?? '../shared/source');

function readSource(name: string): string {
  const path = join(sourceDir, name);
  if (!existsSync(path)) throw new Error(`content tests need ${path} (set SOURCE_DIR to the folder with the spotlight and facts.md)`);
  return readFileSync(path, 'utf8');
}

export const spotlight = () => readSource('spotlight-17-2024.txt');
export const factSheet = () => readSource('facts.md');

export interface ArticleFile {
  slug: string;
  /** The MDX body without frontmatter. */
  body: string;
}

export const articles = (): ArticleFile[] =>
  readdirSync(join(root, 'content/articles'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ slug: f.replace(/\.mdx$/, ''), body: readFileSync(join(root, 'content/articles', f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '') }));

export const rawData = (file: string): string => readFileSync(join(root, 'content/data', file), 'utf8');

/** Paragraphs of an MDX body: blocks between blank lines. */
export const paragraphs = (body: string): string[] => body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);

/** Footnote definitions ("[^id]: text") of an MDX body. */
export const footnotes = (body: string): { id: string; text: string }[] =>
  [...body.matchAll(/^\[\^([^\]]+)\]:\s*(.+)$/gm)].map((m) => ({ id: m[1]!, text: m[2]! }));

/** Prose as a reader sees it: components and links reduced to their text. */
export const plain = (mdx: string): string =>
  mdx
    .replace(/<Num k="[^"]*" \/>/g, 'N')
    .replace(/<Chart [^>]*\/>/g, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_#]/g, '');

/** Letters and digits only, one space apart, straight quotes: to compare quotations with the source. */
export const normalise = (s: string): string =>
  s
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
