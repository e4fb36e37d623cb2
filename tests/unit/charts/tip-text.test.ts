import { describe, expect, it } from 'vitest';
import { el, serialize } from '../../../src/charts/shared/svg';
import { dropRepeatedTips } from '../../../src/charts/shared/tip-text';

const mark = (id: string, title: string, body: string) => el('g', { 'data-mark': id, 'data-tip-title': title, 'data-tip-body': body }, [el('rect')]);

describe('tooltip text once per figure', () => {
  it('drops from the later layout the text an earlier layout’s mark of the same id already carries', () => {
    const wide = el('svg', {}, [mark('a', 'A: 1', 'one'), mark('b', 'B: 2', 'two')]);
    const narrow = el('svg', {}, [el('g', {}, [mark('a', 'A: 1', 'one')]), mark('b', 'B: 2', 'other'), mark('c', 'C', 'only here')]);
    const [w, n] = dropRepeatedTips([wide, narrow]).map(serialize);
    expect(w).toBe(serialize(wide));
    expect(n).not.toContain('A: 1');
    expect(n).toContain('data-mark="a"');
    // Different text, or a mark only this layout has, keeps its own.
    expect(n).toContain('data-tip-body="other"');
    expect(n).toContain('data-tip-title="C"');
  });
});
