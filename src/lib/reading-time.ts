/** Words a reader meets in an MDX body: prose only, without imports, tags, footnote marks or URLs. */
export function countWords(mdx: string): number {
  const prose = mdx
    .replace(/^---[\s\S]*?\n---/, ' ')
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/<[A-Z][\w.]*[^>]*\/>/g, ' ') // self-closing components such as <Chart id="…" />
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ') // tags; their text children stay
    .replace(/\[\^[^\]]+\]:?/g, ' ') // footnote references and labels
    .replace(/\]\([^)]*\)/g, ' ') // link targets
    .replace(/https?:\/\/\S+/g, ' ');
  return prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Whole minutes at a relaxed adult reading speed, never less than one. */
export const WORDS_PER_MINUTE = 220;
export const readingMinutes = (mdx: string): number => Math.max(1, Math.round(countWords(mdx) / WORDS_PER_MINUTE));
