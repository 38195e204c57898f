import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Box, placePopup } from '@/content/popup/popup-position';

const viewport = { width: 1000, height: 800 };

/** Line boxes of a paragraph: `lines` lines of 30 px from `top`, in a column from `left` to `right`. */
function paragraph(top: number, lines: number, left = 100, right = 700): Box[] {
  return Array.from({ length: lines }, (_, i) => ({
    left,
    top: top + i * 30,
    width: right - left,
    height: 24,
  }));
}

const hides = (
  p: { left: number; top: number; maxHeight: number },
  width: number,
  height: number,
  text: Box[],
) =>
  text.filter((l) => {
    const h = Math.min(height, p.maxHeight);
    return (
      l.left < p.left + width && p.left < l.left + l.width && l.top < p.top + h && p.top < l.top + l.height
    );
  }).length;

describe('placePopup', () => {
  it('goes below the word when there is room, and above it near the bottom', () => {
    const popup = { width: 300, height: 200 };
    expect(placePopup({ left: 100, top: 100, width: 40, height: 20 }, popup, viewport).top).toBe(126);
    const low = placePopup({ left: 100, top: 700, width: 40, height: 20 }, popup, viewport);
    expect(low.top + 200).toBeLessThanOrEqual(700);
  });

  it('stays inside the viewport of any size (a small iframe too) and never covers the word', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 120, max: 1000 }),
        fc.integer({ min: 60, max: 800 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 50, max: 380 }),
        fc.integer({ min: 40, max: 900 }),
        fc.integer({ min: 0, max: 12 }),
        (vw, vh, x, y, width, height, lines) => {
          const view = { width: vw, height: vh };
          const w = Math.min(width, vw - 16);
          const word = { left: x * (vw - 20), top: y * (vh - 20), width: 20, height: 20 };
          const text = paragraph(Math.max(0, word.top - 60), lines, 0, vw);
          const p = placePopup(word, { width: w, height }, view, text);
          const h = Math.min(height, p.maxHeight);
          expect(p.width).toBeLessThanOrEqual(w);
          expect(p.left).toBeGreaterThanOrEqual(0);
          expect(p.left + p.width).toBeLessThanOrEqual(vw);
          expect(p.top).toBeGreaterThanOrEqual(0);
          expect(p.top + h).toBeLessThanOrEqual(vh);
          const apart =
            p.top >= word.top + word.height ||
            p.top + h <= word.top ||
            p.left >= word.left + word.width ||
            p.left + p.width <= word.left;
          expect(apart).toBe(true);
        },
      ),
    );
  });

  it('in a short iframe with the word near its bottom, shrinks above the word instead of running off', () => {
    const frame = { width: 600, height: 180 };
    const word = { left: 40, top: 140, width: 36, height: 22 };
    const p = placePopup(word, { width: 380, height: 420 }, frame, paragraph(110, 2, 20, 580));
    expect(p.top).toBeGreaterThanOrEqual(0);
    expect(p.top + p.maxHeight).toBeLessThanOrEqual(word.top);
    expect(p.maxHeight).toBeGreaterThanOrEqual(120);
  });

  it('in a short, narrow frame, goes beside the word made narrower rather than a sliver above it', () => {
    const frame = { width: 636, height: 146 };
    const word = { left: 202, top: 60, width: 32, height: 22 };
    const p = placePopup(word, { width: 380, height: 360 }, frame, paragraph(60, 1, 10, 330));
    expect(p.maxHeight).toBeGreaterThanOrEqual(120);
    expect(p.width).toBeGreaterThanOrEqual(240);
    expect(p.left).toBeGreaterThanOrEqual(word.left + word.width);
    expect(p.left + p.width).toBeLessThanOrEqual(frame.width);
  });

  it('goes beside the text column when the margin has room, hiding none of the lines being read', () => {
    const text = paragraph(200, 8, 300, 700);
    const word = { left: 420, top: 260, width: 40, height: 24 };
    const p = placePopup(word, { width: 280, height: 300 }, { width: 1200, height: 800 }, text);
    expect(hides(p, 280, 300, text)).toBe(0);
    expect(p.left).toBeGreaterThanOrEqual(700);
  });

  it('without a margin, takes the side of the word that hides fewer lines of its paragraph', () => {
    // The word on the paragraph's second line of eight: above hides one line, below would hide six.
    const text = paragraph(300, 8, 8, 992);
    const word = { left: 400, top: 330, width: 40, height: 24 };
    const p = placePopup(word, { width: 380, height: 200 }, viewport, text);
    expect(p.top + 200).toBeLessThanOrEqual(word.top);
    expect(hides(p, 380, 200, text)).toBeLessThanOrEqual(1);
    // On the last line, below hides none of it.
    const last = { left: 400, top: 510, width: 40, height: 24 };
    expect(placePopup(last, { width: 380, height: 200 }, viewport, text).top).toBeGreaterThanOrEqual(534);
  });
});
