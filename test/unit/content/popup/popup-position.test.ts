import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placePopup } from '@/content/popup/popup-position';

const viewport = { width: 1000, height: 800 };

describe('placePopup', () => {
  it('goes below the word when there is room, and above it near the bottom', () => {
    const popup = { width: 300, height: 200 };
    expect(placePopup({ left: 100, top: 100, width: 40, height: 20 }, popup, viewport).top).toBe(126);
    const low = placePopup({ left: 100, top: 700, width: 40, height: 20 }, popup, viewport);
    expect(low.top + 200).toBeLessThanOrEqual(700);
  });

  it('always stays inside the viewport and never covers the word', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 980 }),
        fc.integer({ min: 0, max: 780 }),
        fc.integer({ min: 50, max: 380 }),
        fc.integer({ min: 40, max: 900 }),
        (left, top, width, height) => {
          const word = { left, top, width: 20, height: 20 };
          const p = placePopup(word, { width, height }, viewport);
          const h = Math.min(height, p.maxHeight);
          expect(p.left).toBeGreaterThanOrEqual(0);
          expect(p.left + width).toBeLessThanOrEqual(viewport.width);
          expect(p.top).toBeGreaterThanOrEqual(0);
          const below = p.top >= word.top + word.height;
          const above = p.top + h <= word.top;
          expect(below || above || p.maxHeight === 80).toBe(true);
        },
      ),
    );
  });
});
