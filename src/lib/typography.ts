/**
 * Curly quotes for text that skips the Markdown pipeline (frontmatter titles and descriptions),
 * so headings match the body, which the MDX renderer already curls.
 */
export function curlQuotes(s: string): string {
  return s
    .replace(/(\p{L}|\p{N})'(?=\p{L})/gu, '$1’') // Russia's, don't
    .replace(/(^|[\s([{—–-])'/gu, '$1‘')
    .replace(/'/g, '’')
    .replace(/(^|[\s([{—–-])"/gu, '$1“')
    .replace(/"/g, '”');
}

/** A run of display text, and whether it must stay on one line. */
export interface TextRun {
  text: string;
  keep: boolean;
}

/** Hyphenated tokens up to this many characters ("RISC-V", "e-mail", "COVID-19") are kept whole. */
const SHORT_HYPHENATED = /(?<![\p{L}\p{N}‑-])[\p{L}\p{N}]+(?:[‑-][\p{L}\p{N}]+)+(?![\p{L}\p{N}‑-])/gu;
const KEEP_MAX = 8;

/**
 * Splits a title for display so that short hyphenated tokens do not break at their hyphen
 * ("RISC-" / "V"). The caller wraps runs with `keep` in a `white-space: nowrap` span; the text
 * itself is unchanged, so titles in <title>, feeds and Open Graph data stay as written.
 */
export function keepTogether(s: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const m of s.matchAll(SHORT_HYPHENATED)) {
    if (m[0].length > KEEP_MAX) continue;
    if (m.index > last) runs.push({ text: s.slice(last, m.index), keep: false });
    runs.push({ text: m[0], keep: true });
    last = m.index + m[0].length;
  }
  if (last < s.length || runs.length === 0) runs.push({ text: s.slice(last), keep: false });
  return runs;
}
