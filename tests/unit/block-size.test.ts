import { describe, expect, test } from 'vitest';
import { NOTES, PROSE, blockSizeEm } from '../../src/integrations/block-size';

describe('the estimated size of a block before it is laid out', () => {
  test('a unit of text takes whole lines, at least one, and the space after it', () => {
    const oneLine = { charsPerLine: 10, lineEm: 2, gapEm: 1, blockEm: 0 };
    expect(blockSizeEm([0], oneLine)).toBe(3);
    expect(blockSizeEm([10], oneLine)).toBe(3);
    expect(blockSizeEm([11], oneLine)).toBe(5);
  });

  test('units add up, with the block’s own space once, rounded up to a whole em', () => {
    const w = { charsPerLine: 10, lineEm: 1.6, gapEm: 0.5, blockEm: 4 };
    expect(blockSizeEm([25, 5], w)).toBe(Math.ceil(4 + 3 * 1.6 + 0.5 + 1.6 + 0.5));
  });

  test('a longer text never gets a smaller guess', () => {
    for (const wrapping of [PROSE, NOTES]) {
      let last = 0;
      for (let chars = 0; chars < 2000; chars += 7) {
        const em = blockSizeEm([chars], wrapping);
        expect(em).toBeGreaterThanOrEqual(last);
        last = em;
      }
    }
  });
});
