/**
 * The map story as our content tells it: the steps of content/data/story-partners.json are the
 * <Step>s of each language's article, in the same order, and every language says each one.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { story, storyFor } from '../../src/data/story';
import { LANGS, DEFAULT_LANG } from '../../src/i18n/locale';

const root = join(import.meta.dirname, '../..');
const articleDir = (lang: string) => join(root, 'content/articles', lang === DEFAULT_LANG ? '' : lang);
const stepIds = (text: string) => [...text.matchAll(/<Step\s+id="([^"]+)"/g)].map((m) => m[1]);

describe.each(LANGS)('the map story in %s', (lang) => {
  const files = readdirSync(articleDir(lang)).filter((f) => f.endsWith('.mdx'));
  const withSteps = files.map((f) => ({ f, ids: stepIds(readFileSync(join(articleDir(lang), f), 'utf8')) })).filter((a) => a.ids.length);
  test('one article tells it, with the data’s steps in the data’s order', () => {
    expect(withSteps.map((a) => a.ids)).toEqual([story.steps.map((s) => s.id)]);
  });
  test('each step says what the map shows, in the language', () => {
    const steps = storyFor(lang).steps;
    expect(steps).toHaveLength(story.steps.length);
    if (lang !== DEFAULT_LANG) steps.forEach((s, i) => expect(s.say).not.toBe(story.steps[i]!.say));
  });
});
