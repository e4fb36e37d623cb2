/** Content: the educators’ material prints computed figures, never typed ones. */
import { describe, expect, it } from 'vitest';
import { data } from '../../src/data';
import { figures } from '../../src/data/figures';
import { figureKeys } from '../../src/lib/fill-figures';
import { rawData } from './read';

describe('content/data/classroom.json', () => {
  const raw = rawData('classroom.json');
  const figs = figures(data);

  it('asks only for figures that exist', () => {
    expect(figureKeys(raw).filter((k) => !(k in figs))).toEqual([]);
  });

  it('types no figure that the data computes: it prints them with {key}', () => {
    const text = raw.replace(/\{[a-z0-9-]+\}/g, '');
    for (const [key, f] of Object.entries(figs).filter(([, x]) => /\d/.test(x.text))) {
      const shown = f.text.replace(/^about /, '');
      // Short counts ("54") are words of their own; longer figures are matched as written.
      const pattern = /^\d+$/.test(shown) ? new RegExp(`\\b${shown}\\b`) : new RegExp(shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      expect(text, `figure "${key}" (${f.text}) is typed in classroom.json`).not.toMatch(pattern);
    }
  });

  it('has answer notes for every question and success criteria for every activity', () => {
    for (const l of data.classroom) {
      expect(l.questions.every((q) => q.answer.length > 40), l.id).toBe(true);
      expect(l.activity.successCriteria.length, l.id).toBeGreaterThan(0);
    }
  });
});
