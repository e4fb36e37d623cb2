/**
 * The map story in every language, validated when the site builds (see story-load.ts). The files
 * are imported, as in index.ts, so Vite tracks them and Vitest reads the same module.
 */
import storyText from '../../content/data/story-partners.json?raw';
import { data } from './index';
import { parseJson } from './validate';
import { loadStory, storyIn, STORY_FILE, type Story } from './story-load';
import { DEFAULT_LANG, type Lang } from '../i18n/locale';

const TEXTS = import.meta.glob<string>('../../content/data/*/texts.json', { query: '?raw', import: 'default', eager: true });

/** The English story: the map state of every step and what a screen reader hears. */
export const story: Story = loadStory(parseJson(STORY_FILE, storyText), data.partners.map((p) => p.id));

const cache = new Map<Lang, Story>();
export function storyFor(lang: Lang): Story {
  if (lang === DEFAULT_LANG) return story;
  let s = cache.get(lang);
  if (!s) {
    const file = `content/data/${lang}/texts.json`;
    const text = Object.entries(TEXTS).find(([path]) => path.endsWith(`/content/data/${lang}/texts.json`))?.[1];
    if (text === undefined) throw new Error(`${file} is missing: the story's "say" lines of the language "${lang}" live there`);
    const texts = parseJson(file, text) as Record<string, unknown>;
    cache.set(lang, (s = storyIn(file, story, texts['story-partners.json'])));
  }
  return s;
}

/** A step by id, or an error naming the known ones (an article's `<Step id>` that the data lacks). */
export function storyStep(lang: Lang, id: string): Story['steps'][number] {
  const s = storyFor(lang).steps.find((st) => st.id === id);
  if (!s) throw new Error(`<Step id="${id}"> names no step of ${STORY_FILE}; known: ${story.steps.map((st) => st.id).join(', ')}`);
  return s;
}

export type { Story } from './story-load';
