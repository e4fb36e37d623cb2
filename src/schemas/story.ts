import { z } from 'astro/zod';
import { recordId, text } from './common';

/** The map's views a step can show: the values of partners-map's `view` switch (a unit test holds them equal). */
export const STORY_VIEWS = ['group', 'formal'] as const;
/** Where a step frames the map (a viewBox per layout, computed in src/charts/partners-map/partners-map.frames.ts). */
export const STORY_FRAMES = ['world', 'central-asia', 'south-east-asia'] as const;
export type StoryFrame = (typeof STORY_FRAMES)[number];

/** One step of the map story: its map state; its words are in the article (`<Step id>`), joined by the id. */
export const storyStepSchema = z.strictObject({
  // Also the URL fragment (#step-<id>) and the embed's ?step=<id>: once published, it is an address.
  id: recordId,
  view: z.enum(STORY_VIEWS),
  frame: z.enum(STORY_FRAMES),
  /** partners.json ids, lit in this step; the others fade (Russia never does). */
  highlight: z.array(recordId).min(1, 'must highlight at least one partner'),
  /** partners.json ids whose map labels show: every highlighted one, plus any kept for orientation. */
  labels: z.array(recordId).min(1),
  /** What a screen reader hears after "Step n of N: <title>." (English; other languages in texts.json). */
  say: text.pipe(z.string().min(10).max(240)),
});
export type StoryStep = z.infer<typeof storyStepSchema>;

export const storySchema = z.strictObject({
  /** The chart the story walks through, and the article (English slug) it is told in. */
  chart: recordId,
  article: recordId,
  steps: z.array(z.unknown()).min(2, 'a story needs at least two steps'),
});
