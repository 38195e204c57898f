export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const GAP = 6;
const MARGIN = 8;

/**
 * Where the popup goes: below the word, or above it when there is more room there, moved sideways and
 * clipped in height so that it stays inside the viewport and never covers the word itself.
 */
export function placePopup(
  word: Box,
  popup: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number; maxHeight: number } {
  const below = viewport.height - (word.top + word.height) - GAP - MARGIN;
  const above = word.top - GAP - MARGIN;
  const goBelow = popup.height <= below || below >= above;
  const maxHeight = Math.max(80, goBelow ? below : above);
  const height = Math.min(popup.height, maxHeight);
  const top = goBelow ? word.top + word.height + GAP : word.top - GAP - height;
  const maxLeft = viewport.width - popup.width - MARGIN;
  const left = Math.max(MARGIN, Math.min(word.left, maxLeft));
  return { left: Math.round(left), top: Math.round(Math.max(MARGIN, top)), maxHeight: Math.floor(maxHeight) };
}
