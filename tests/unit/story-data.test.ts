/**
 * The map story's data (src/data/story-load.ts) with fixtures: a bad step stops the build with a
 * message naming the file, the step and the field.
 */
import { describe, expect, test } from 'vitest';
import { loadStory, storyIn, STORY_FILE } from '../../src/data/story-load';
import { DataError } from '../../src/data/validate';
import { STORY_VIEWS } from '../../src/schemas/story';
import { getChart } from '../../src/charts';
import { data } from '../../src/data';
import { LANGS } from '../../src/i18n/locale';

const PARTNERS = ['russia', 'china', 'iran', 'belarus'];
const step = (id: string, more: Record<string, unknown> = {}) => ({
  id,
  view: 'group',
  frame: 'world',
  highlight: ['china'],
  labels: ['china', 'russia'],
  say: 'Map: China highlighted.',
  ...more,
});
const story = (...steps: unknown[]) => ({ chart: 'partners-map', article: 'partners', steps });
const good = story(step('one'), step('two', { highlight: ['iran'], labels: ['iran'] }));

const fails = (f: () => unknown, ...parts: (string | RegExp)[]) => {
  expect(f).toThrow(DataError);
  try {
    f();
  } catch (e) {
    for (const p of parts) expect((e as Error).message).toMatch(p);
  }
};

describe('loadStory', () => {
  test('a good story loads, steps in order', () => {
    expect(loadStory(good, PARTNERS).steps.map((s) => s.id)).toEqual(['one', 'two']);
  });
  test('an unknown partner id names the file, the step and the field', () => {
    fails(() => loadStory(story(step('one'), step('two', { highlight: ['atlantis'], labels: ['atlantis'] })), PARTNERS), STORY_FILE, 'record "two" (item 2)', 'field "highlight[0]"', '"atlantis" is not a partner');
  });
  test('a highlighted country without its label fails', () => {
    fails(() => loadStory(story(step('one', { labels: ['russia'] }), step('two')), PARTNERS), 'record "one" (item 1)', 'field "labels"', 'misses "china"');
  });
  test('a repeated step id fails', () => {
    fails(() => loadStory(story(step('one'), step('one')), PARTNERS), 'record "one" (item 2)', 'duplicate id');
  });
  test('an unknown view or frame fails naming the field', () => {
    fails(() => loadStory(story(step('one', { view: 'pretty' }), step('two')), PARTNERS), 'record "one" (item 1)', 'field "view"');
    fails(() => loadStory(story(step('one', { frame: 'moon' }), step('two')), PARTNERS), 'record "one" (item 1)', 'field "frame"');
  });
});

describe('storyIn (another language)', () => {
  const en = loadStory(good, PARTNERS);
  const file = 'content/data/xx/texts.json';
  test('every step gets its translated say', () => {
    expect(storyIn(file, en, { one: { say: 'Karte: China.' }, two: { say: 'Karte: Iran.' } }).steps.map((s) => s.say)).toEqual(['Karte: China.', 'Karte: Iran.']);
  });
  test('a missing German text names the file, the step and the field', () => {
    fails(() => storyIn(file, en, { one: { say: 'Karte: China.' }, two: {} }), file, 'story-partners.json, record "two", field "say"', 'has no translation');
    fails(() => storyIn(file, en, { one: { say: 'Karte: China.' } }), file, 'record "two"');
    fails(() => storyIn(file, en, undefined), file, 'story-partners.json');
  });
  test('a text for a step the story does not have fails', () => {
    fails(() => storyIn(file, en, { one: { say: 'a' }, two: { say: 'b' }, three: { say: 'c' } }), file, 'record "three"', 'has no record "three"');
  });
});

test("the story's views are the map's switch values, in every language", () => {
  for (const lang of LANGS) {
    const values = getChart('partners-map', lang, data).controls.find((c) => c.kind === 'switch' && c.name === 'view')?.options.map((o) => o.value);
    expect(values?.sort()).toEqual([...STORY_VIEWS].sort());
  }
});

test('an article’s <Step id> that the data lacks fails naming the known steps', async () => {
  const { storyStep, story } = await import('../../src/data/story');
  expect(() => storyStep('en', 'no-such-step')).toThrow(`<Step id="no-such-step"> names no step of ${STORY_FILE}; known: ${story.steps.map((s) => s.id).join(', ')}`);
});
