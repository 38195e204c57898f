import type { HoverReader, HoverTarget } from './hover-deps';

/** How much text on either side of a word counts as around it (about ten lines of a wide column). */
const NEAR_CHARS = 600;

/**
 * The line boxes of the word's paragraph near the word: the text the popup should hide the least of.
 * Only the text within NEAR_CHARS of the word is measured, so a paragraph of a whole page costs no more.
 */
export function linesNear(reader: HoverReader, win: Window, t: HoverTarget, word: DOMRect): DOMRect[] {
  const { paragraph, token } = t;
  const from = Math.max(0, token.start - NEAR_CHARS);
  const to = Math.min(paragraph.text.length, token.end + NEAR_CHARS);
  const all = reader.rangeOf(paragraph, from, to)?.getClientRects();
  if (!all) return [];
  const reach = win.innerHeight;
  return [...all].filter((r) => r.width > 0 && Math.abs(r.top - word.top) < reach);
}
