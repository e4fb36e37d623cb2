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
