import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../../src/schemas/sources';
import { classroomSchema } from '../../src/schemas/classroom';
import { fillFigures, figureKeys } from '../../src/lib/fill-figures';

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('a bibliography entry says only what we know about it', () => {
  const reporting = { id: 'reporting-x', kind: 'public-reporting', topic: 'a topic', covers: ['A fact.'] };
  const outlet = { id: 'outlet-x', kind: 'outlet', publisher: 'An outlet', covers: ['A fact.'] };

  it('accepts public reporting named by its topic, and an outlet named by itself', () => {
    expect(sourceSchema.safeParse(reporting).success).toBe(true);
    expect(sourceSchema.safeParse(outlet).success).toBe(true);
  });

  it('refuses a title, publisher, author, date or address for public reporting, naming the field', () => {
    for (const field of ['title', 'publisher', 'author', 'url', 'date'] as const) {
      const value = field === 'url' ? 'https://example.org/' : field === 'date' ? '2022' : 'Guessed';
      const found = issues(sourceSchema.safeParse({ ...reporting, [field]: value }));
      expect(found.some((m) => m.startsWith(`${field}:`)), `${field}: ${found.join('; ')}`).toBe(true);
    }
  });

  it('refuses public reporting without a topic, an outlet with a guessed title or address, and an entry that supports nothing', () => {
    const { topic: _t, ...noTopic } = reporting;
    expect(issues(sourceSchema.safeParse(noTopic))).toEqual([expect.stringMatching(/^topic:/)]);
    expect(issues(sourceSchema.safeParse({ ...outlet, title: 'A guessed headline' }))).toEqual([expect.stringMatching(/^title:/)]);
    expect(issues(sourceSchema.safeParse({ ...outlet, url: 'https://example.org/' }))).toEqual([expect.stringMatching(/^url:/)]);
    expect(issues(sourceSchema.safeParse({ ...outlet, covers: [] }))).toEqual([expect.stringMatching(/^covers:/)]);
  });
});

describe('a lesson plan (classroom.json)', () => {
  const lesson = {
    id: 'overview',
    level: 'Upper secondary',
    ages: { from: 15, to: 18 },
    objectives: ['Explain the aim.'],
    questions: [
      { question: 'Why?', minutes: 5, answer: 'Because.' },
      { question: 'How?', minutes: 5, answer: 'Like this.' },
    ],
    activity: { title: 'Cards', minutes: 10, steps: [{ text: 'One', minutes: 4 }, { text: 'Two', minutes: 6 }], successCriteria: ['Done well.'] },
    sources: ['dabrowska-2024'],
  };

  it('accepts a complete plan', () => {
    expect(issues(classroomSchema.safeParse(lesson))).toEqual([]);
  });

  it('refuses steps whose minutes do not add up to the activity, and a question without answer notes', () => {
    expect(issues(classroomSchema.safeParse({ ...lesson, activity: { ...lesson.activity, minutes: 12 } }))).toEqual([expect.stringMatching(/^activity\.minutes:.*add up/)]);
    const [q0, q1] = lesson.questions;
    const { answer: _a, ...noAnswer } = q0!;
    expect(issues(classroomSchema.safeParse({ ...lesson, questions: [noAnswer, q1] }))[0]).toMatch(/^questions\.0\.answer:/);
    expect(issues(classroomSchema.safeParse({ ...lesson, ages: { from: 18, to: 15 } }))[0]).toMatch(/^ages\.to:/);
  });
});

describe('fillFigures', () => {
  const figures = { 'avg-rub': { text: 'about 687 million roubles', label: 'per centre' } };

  it('prints each {key} as its figure’s text and lists the keys a text asks for', () => {
    expect(fillFigures('It is {avg-rub} each.', figures, 'here')).toBe('It is about 687 million roubles each.');
    expect(figureKeys('{a-b} and {c}')).toEqual(['a-b', 'c']);
  });

  it('stops on an unknown key, naming it and where it is', () => {
    expect(() => fillFigures('{avg-rub-99}', figures, 'content/data/classroom.json, record "software"')).toThrow(
      /content\/data\/classroom\.json, record "software": unknown figure \{avg-rub-99\}/,
    );
  });
});
