/**
 * Build time: each map-story step's title and passage as plain text, per language, read from the
 * story article's MDX (the `<Step id title>` blocks). For the embed dialog's "Story step" choice and
 * for the height a step's caption adds to an embed (embed-layout.ts); the captions themselves are
 * rendered from the same article (components/story/StepCaptions.astro).
 */
import { DEFAULT_LANG, type Lang } from '../i18n/locale';
import { story } from '../data/story';
import { SPOTLIGHT } from '../lib/site';
import { ui } from '../i18n/ui';

const ARTICLES = import.meta.glob<string>('../../content/articles/**/*.mdx', { query: '?raw', import: 'default', eager: true });

export interface StepText {
  id: string;
  title: string;
  /** The passage's paragraphs, markup stripped (a quotation's translation kept). */
  paragraphs: string[];
}

const STEP = /<Step\b([^>]*)>([\s\S]*?)<\/Step>/g;
const attr = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

function plain(mdx: string, lang: Lang): string[] {
  return (
    mdx
      .replace(/\[\^[^\]]+\]/g, '')
      // A quotation (Quote.astro): its words, our translation and its attribution, each a block.
      .replace(/<Quote\b([^>]*)>([\s\S]*?)<\/Quote>/g, (_, attrs: string, words: string) => {
        const translation = attr(attrs, 'translation');
        const label = translation ? `${ui(lang).quote.translation} ${translation}` : '';
        return ['', words, label, `— ${SPOTLIGHT.author}, ${SPOTLIGHT.series}`, ''].join('\n\n');
      })
      .replace(/<\/?[A-Za-z][^>]*>/g, '')
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
  );
}

const inLang = (path: string, lang: Lang) =>
  lang === DEFAULT_LANG ? /\/content\/articles\/[^/]+\.mdx$/.test(path) : path.includes(`/content/articles/${lang}/`);

/** The story's steps in a language, in the story's order. */
export function storyStepTexts(lang: Lang): StepText[] {
  const found = new Map<string, StepText>();
  for (const [path, text] of Object.entries(ARTICLES)) {
    if (!inLang(path, lang)) continue;
    for (const m of text.matchAll(STEP)) {
      const id = attr(m[1]!, 'id');
      const title = attr(m[1]!, 'title');
      if (id && title) found.set(id, { id, title, paragraphs: plain(m[2]!, lang) });
    }
  }
  return story.steps.map((s) => {
    const t = found.get(s.id);
    if (!t) throw new Error(`The map story's step "${s.id}" has no <Step id="${s.id}" title> in a ${lang} article`);
    return t;
  });
}
