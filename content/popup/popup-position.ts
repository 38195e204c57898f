export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  maxHeight: number;
  /** The popup's width: narrower than asked only beside the word in a narrow frame. */
  width: number;
}

const GAP = 6;
const MARGIN = 8;
/** Below this height a popup above or below the word shows too little; beside it is tried first. */
const MIN_HEIGHT = 120;
/** A popup beside the word may be made this narrow to fit (a small frame); its text then wraps. */
const MIN_WIDTH = 240;

interface Candidate extends Placement {
  /** Whether the popup fits at its full height (else it scrolls). */
  whole: boolean;
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const h = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Where the popup goes. Always inside the viewport (an iframe's own, for a word in an iframe), never over
 * the word, and where it hides the least of the text being read (`text`: the line boxes of the word's
 * paragraph, in viewport coordinates): beside the text column when the margin has room, else below or
 * above the word, whichever covers fewer lines (below on a tie), else beside the word. A popup taller
 * than the room it gets is shrunk to fit and scrolls.
 */
export function placePopup(
  word: Box,
  popup: { width: number; height: number },
  viewport: { width: number; height: number },
  text: readonly Box[] = [],
): Placement {
  const { width, height } = popup;
  const maxLeft = Math.max(MARGIN, viewport.width - width - MARGIN);
  const alignedLeft = Math.max(MARGIN, Math.min(word.left, maxLeft));
  const fullHeight = Math.max(0, viewport.height - 2 * MARGIN);
  const wordBottom = word.top + word.height;
  const wordRight = word.left + word.width;

  const vertical = (side: 'below' | 'above'): Candidate => {
    const room = side === 'below' ? viewport.height - wordBottom - GAP - MARGIN : word.top - GAP - MARGIN;
    const h = Math.max(0, Math.min(height, room));
    const top = side === 'below' ? wordBottom + GAP : word.top - GAP - h;
    return { left: alignedLeft, top, maxHeight: h, width, whole: h >= height };
  };
  /**
   * Right or left of a vertical line at x (the column's or the word's edge), level with the word where it
   * fits, and made narrower (not below MIN_WIDTH) where the room beside is less than its width.
   */
  const beside = (x: number, side: 'right' | 'left', shrink: boolean): Candidate | null => {
    const room = side === 'right' ? viewport.width - MARGIN - x : x - MARGIN;
    const w = Math.min(width, room);
    if (w < (shrink ? Math.min(width, MIN_WIDTH) : width)) return null;
    const h = Math.min(height, fullHeight);
    const top = Math.max(MARGIN, Math.min(word.top, viewport.height - MARGIN - h));
    return { left: side === 'right' ? x : x - w, top, maxHeight: h, width: w, whole: h >= height };
  };

  const column = text.length
    ? {
        left: Math.min(word.left, ...text.map((b) => b.left)),
        right: Math.max(wordRight, ...text.map((b) => b.left + b.width)),
      }
    : null;
  const below = vertical('below');
  const above = vertical('above');
  const candidates = [
    column ? beside(column.right + GAP, 'right', false) : null,
    column ? beside(column.left - GAP, 'left', false) : null,
    below,
    above,
    beside(wordRight + GAP, 'right', true),
    beside(word.left - GAP, 'left', true),
  ].filter((c): c is Candidate => c !== null);

  const hidden = (c: Candidate) =>
    text.reduce(
      (sum, line) => sum + overlap({ left: c.left, top: c.top, width, height: c.maxHeight }, line),
      0,
    );
  const roomy = (c: Candidate) => c.maxHeight >= Math.min(height, MIN_HEIGHT);
  // Whole first, then the least text hidden, then the order above (stable sort).
  const ranked = candidates
    .filter(roomy)
    .map((c) => ({ c, hidden: hidden(c) }))
    .sort((a, b) => Number(b.c.whole) - Number(a.c.whole) || a.hidden - b.hidden);
  // Nowhere roomy (a very small frame): the side with the most room, shrunk to it.
  const chosen = ranked[0]?.c ?? [...candidates].sort((a, b) => b.maxHeight - a.maxHeight)[0] ?? below;
  return {
    left: Math.round(chosen.left),
    top: Math.round(chosen.top),
    maxHeight: Math.floor(chosen.maxHeight),
    width: Math.floor(chosen.width),
  };
}
