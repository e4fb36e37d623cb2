/**
 * Is a piece of text English prose? English sentences are held together by a few short words
 * ("the", "and", "of", "to", "is") that no other language of the site writes: a run of text where
 * they make up a good part of the words is English, whatever its subject. A word list of one
 * language's glue words, rather than a dictionary, so German compounds, names and numbers never
 * count, and a German sentence that quotes one English word is not flagged.
 */
import { visibleText, htmlLang, type TextBlock } from './visible-text';

/**
 * English function words that are not words of German (so "in", "an", "was", "will", "also", "so",
 * "war", "hat", "die", "man" are left out: each is common German).
 */
export const ENGLISH_GLUE = new Set([
  'the', 'and', 'of', 'to', 'is', 'are', 'that', 'for', 'with', 'on', 'it', 'its', 'this', 'these', 'those', 'from', 'be', 'been',
  'not', 'or', 'at', 'which', 'who', 'what', 'how', 'have', 'has', 'had', 'their', 'they', 'were', 'by', 'as', 'but', 'than',
  'into', 'about', 'after', 'would', 'could', 'should', 'can', 'more', 'only', 'there', 'here', 'you', 'your', 'we', 'our', 'when',
  'where', 'each', 'every', 'all', 'some', 'any', 'one', 'two', 'does', 'did', 'do', 'no', 'yes', 'out', 'up', 'over', 'under',
  'between', 'while', 'them', 'he', 'she', 'his', 'if', 'because', 'though', 'saw', 'said', 'says', 'page', 'skip', 'content',
  'chart', 'charts', 'share', 'data', 'download', 'sources', 'read', 'show', 'shows',
]);

/**
 * Text that stays English on every page and is not prose: names (the site's, a work's title written
 * by its publisher) and the notation of formats. Kept small: each entry is a decision, see the
 * issue's rule that quotations are marked `lang="en"` instead.
 */
export const ALLOWED_ENGLISH = ['Sanctions, Sidestepped', 'CC BY 4.0', 'BibTeX', 'APA', 'MLA', 'Chicago', 'CSV', 'JSON', 'SVG', 'PNG', 'oEmbed'];

/**
 * The words of a text, lower-cased: letters, with inner hyphens and apostrophes. Words in capitals
 * are codes and abbreviations ("ARE", the Emirates' ISO code), not English words.
 */
export const wordsOf = (text: string): string[] =>
  (text.match(/\p{L}+(?:['’-]\p{L}+)*/gu) ?? []).map((w) => (w.length > 1 && w === w.toUpperCase() ? w : w.toLowerCase()));

export interface Verdict {
  english: boolean;
  /** The English glue words found, in order. */
  glue: string[];
  words: number;
}

/**
 * English when at least `minGlue` glue words make up at least `ratio` of the words (a sentence of
 * English has about one in three; a German sentence with an English name none). Very short texts
 * (a button, "Skip to content") are judged by one glue word if they are at most four words long.
 */
export function judge(text: string, { ratio = 0.2, minGlue = 2 } = {}): Verdict {
  let rest = text;
  for (const a of ALLOWED_ENGLISH) rest = rest.split(a).join(' ');
  const words = wordsOf(rest);
  const glue = words.filter((w) => ENGLISH_GLUE.has(w));
  const short = words.length > 0 && words.length <= 4 && glue.length >= 1 && glue.length / words.length >= 0.25;
  return { english: short || (glue.length >= minGlue && glue.length / words.length >= ratio), glue, words: words.length };
}

/** The blocks of a page that read as English prose although they are not marked `lang="en"`. */
export function englishOutsideLangEn(html: string): (TextBlock & { glue: string[] })[] {
  const page = htmlLang(html);
  return visibleText(html, page)
    .filter((b) => !/^en\b/i.test(b.lang))
    .map((b) => ({ ...b, ...judge(b.text) }))
    .filter((b) => b.english)
    .map(({ lang, where, text, glue }) => ({ lang, where, text, glue }));
}
