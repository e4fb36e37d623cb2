/**
 * An article's own prose, read from its MDX source, as the text a reader should find on its page:
 * every heading, paragraph, list item and quotation, in order, and every footnote. Chart text,
 * tables and glossary definitions are not in the source, so they never count as the article's.
 *
 * A block is a list of literal runs. Between runs the page may show anything: a computed figure
 * (`<Num k="…" />`, which only the build can print) or a footnote's reference number.
 */
export interface ProseBlock {
  /** The block's start in the source, to name it when it is missing. */
  source: string;
  runs: string[];
}

export interface ArticleProse {
  body: ProseBlock[];
  /** Footnotes in the order the page numbers them: by first reference in the body. */
  footnotes: ProseBlock[];
}

/** Quotes as the renderer curls them, and every run of white space, compared alike on both sides. */
export const normaliseText = (s: string): string =>
  s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

const GAP = '\u0000';

/** Markdown and the allowed inline components rendered to their text; GAP where the page decides. */
function inlineText(md: string): string {
  return md
    .replace(/<Num\b[^>]*\/>/g, GAP)
    .replace(/\[\^[^\]]+\]/g, GAP)
    .replace(/<br\s*\/?>/g, ' ')
    .replace(/<\/?(?:Term|Quote|q|abbr|sub|sup)\b[^>]*>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(?<![\p{L}\p{N}])([*_])(.+?)\1(?![\p{L}\p{N}])/gu, '$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1');
}

function block(source: string, markdown: string): ProseBlock | undefined {
  const runs = normaliseText(inlineText(markdown))
    .split(GAP)
    .map((r) => r.trim())
    .filter((r) => r.length > 0);
  return runs.length > 0 ? { source: source.slice(0, 60), runs } : undefined;
}

export function articleProse(mdx: string): ArticleProse {
  const text = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const body: ProseBlock[] = [];
  const notes = new Map<string, ProseBlock>();
  for (const chunk of text.split(/\n\s*\n/)) {
    const lines = chunk.trim().split('\n');
    if (lines[0] === undefined || lines[0] === '') continue;
    const note = /^\[\^([^\]]+)\]:\s*([\s\S]*)$/.exec(chunk.trim());
    if (note) {
      const b = block(chunk.trim(), note[2]!);
      if (b) notes.set(note[1]!, b);
      continue;
    }
    // Chart placements render the chart, whose text is not the article's prose.
    if (/^<Chart\b[^>]*\/>$/.test(chunk.trim())) continue;
    // A chart with a story in it (<Chart id="…"> … </Chart>): its tags are not prose; each
    // <Step title="…"> is, as the step's heading, followed by its passage.
    if (/^(?:<Chart\b[^>]*>|<\/Chart>|<\/Step>)$/.test(chunk.trim())) continue;
    const step = /^<Step\b[^>]*\btitle="([^"]*)"[^>]*>$/.exec(chunk.trim());
    if (step) {
      const b = block(chunk.trim(), step[1]!);
      if (b) body.push(b);
      continue;
    }
    // A list: each item is a block of its own.
    if (/^\s*(?:[-*+]|\d+\.)\s/.test(lines[0])) {
      const items = chunk.trim().split(/\n(?=\s*(?:[-*+]|\d+\.)\s)/);
      for (const item of items) {
        const b = block(item, item.replace(/^\s*(?:[-*+]|\d+\.)\s+/, ''));
        if (b) body.push(b);
      }
      continue;
    }
    const b = block(chunk.trim(), chunk.replace(/^#{1,6}\s+/, '').replace(/^>\s?/gm, ''));
    if (b) body.push(b);
  }
  const firstReference = (id: string) => text.indexOf(`[^${id}]`);
  const footnotes = [...notes.entries()].sort(([a], [b]) => firstReference(a) - firstReference(b)).map(([, b]) => b);
  return { body, footnotes };
}

/**
 * Finds each block's runs in the page text, in order, each block after the one before, starting at
 * `from`. Returns the first block it cannot find (every later one would be out of order) and where
 * the last run found ends.
 */
export function findProse(pageText: string, blocks: ProseBlock[], from = 0): { missing: ProseBlock | undefined; end: number } {
  const page = normaliseText(pageText);
  let at = from;
  for (const b of blocks) {
    for (const run of b.runs) {
      const i = page.indexOf(run, at);
      if (i < 0) return { missing: b, end: at };
      at = i + run.length;
    }
  }
  return { missing: undefined, end: at };
}
