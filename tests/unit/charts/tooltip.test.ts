import { describe, expect, test } from 'vitest';
import { placeTip } from '../../../src/charts/shared/tooltip';

/** placeTip: where a w × h tooltip goes for an anchor, always inside the viewport (8 px margin). */
const view = { left: 0, top: 0, right: 320, bottom: 568 };
const inside = (p: { left: number; top: number }, w: number, h: number) =>
  p.left >= 8 && p.top >= 8 && p.left + w <= view.right - 8 && p.top + h <= view.bottom - 8;

describe('placeTip', () => {
  test('goes above the anchor, centred on it, when there is room', () => {
    const p = placeTip(200, 80, { x: 160, yTop: 300, yBottom: 330 }, view);
    expect(p).toEqual({ left: 60, top: 300 - 12 - 80 });
  });

  test('flips below the anchor when there is no room above', () => {
    const p = placeTip(200, 80, { x: 160, yTop: 20, yBottom: 50 }, view);
    expect(p.top).toBe(50 + 12);
  });

  test('shifts sideways to stay inside, at either edge', () => {
    expect(placeTip(200, 80, { x: 5, yTop: 300, yBottom: 300 }, view).left).toBe(8);
    expect(placeTip(200, 80, { x: 318, yTop: 300, yBottom: 300 }, view).left).toBe(320 - 8 - 200);
  });

  test('with no room above or below (a tall anchor), takes the roomier side and shifts inside', () => {
    for (const [yTop, yBottom] of [
      [60, 540],
      [0, 568],
      [-200, 560],
      [10, 900],
    ] as const) {
      const p = placeTip(240, 120, { x: 160, yTop, yBottom }, view);
      expect(inside(p, 240, 120), `${yTop}–${yBottom}`).toBe(true);
    }
  });

  test('stays inside for anchors anywhere on and around the screen', () => {
    for (let x = -50; x <= 370; x += 20)
      for (let y = -50; y <= 620; y += 20) {
        const p = placeTip(180, 90, { x, yTop: y, yBottom: y + 24 }, view);
        expect(inside(p, 180, 90), `${x},${y}`).toBe(true);
      }
  });

  test('keeps to a pinch-zoomed visible area', () => {
    const zoomed = { left: 100, top: 200, right: 260, bottom: 480 };
    const p = placeTip(120, 60, { x: 110, yTop: 210, yBottom: 230 }, zoomed);
    expect(p.left).toBeGreaterThanOrEqual(108);
    expect(p.top).toBeGreaterThanOrEqual(208);
    expect(p.top + 60).toBeLessThanOrEqual(472);
  });
});
