/**
 * The map story's steps (content/data/story-partners.json), validated against the partners and
 * put into a language with that language's texts.json. Pure, so tests give it fixtures;
 * src/data/story.ts gives it the files. Fails naming the file, the step and the field.
 */
import { DataError, parseDataset, assertUniqueIds } from './validate';
import { translateRecords } from './translate';
import { storySchema, storyStepSchema, type StoryStep } from '../schemas/story';
import { z } from 'astro/zod';

export interface Story {
  chart: string;
  /** The English article's slug. */
  article: string;
  steps: StoryStep[];
}

export const STORY_FILE = 'content/data/story-partners.json';

/** The English story, checked: unique step ids, every id a partner, every highlighted id labelled. */
export function loadStory(raw: unknown, partnerIds: readonly string[], file = STORY_FILE): Story {
  const story = parseDataset(file, storySchema, raw);
  const steps = parseDataset(file, z.array(storyStepSchema), story.steps);
  assertUniqueIds(file, steps);
  const known = new Set(partnerIds);
  const problems: string[] = [];
  steps.forEach((s, i) => {
    const at = (field: string, message: string) => problems.push(`  - record "${s.id}" (item ${i + 1}), field "${field}": ${message}`);
    for (const key of ['highlight', 'labels'] as const) {
      s[key].forEach((id, j) => {
        if (!known.has(id)) at(`${key}[${j}]`, `"${id}" is not a partner in content/data/partners.json`);
        if (s[key].indexOf(id) !== j) at(`${key}[${j}]`, `"${id}" is listed twice`);
      });
    }
    for (const id of s.highlight) if (!s.labels.includes(id)) at('labels', `misses "${id}", which the step highlights: a lit country keeps its label`);
  });
  if (problems.length) throw new DataError(`${file} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.join('\n')}`);
  return { ...story, steps };
}

/**
 * The story in another language: each step's `say` from `texts['story-partners.json']`
 * (content/data/<lang>/texts.json), which must give every step and no other.
 */
export function storyIn(textsFile: string, english: Story, texts: unknown): Story {
  if (texts === undefined) throw new DataError(`${textsFile} has 1 problem:\n  - "story-partners.json": missing: every step's "say" needs a translation`);
  return { ...english, steps: translateRecords(textsFile, 'story-partners.json', english.steps, texts) };
}
