import type { Paragraph } from './paragraphs';

/** Vertical extents in client coordinates (the viewport's top is 0). */
export interface Span {
  top: number;
  bottom: number;
}

/** Where the viewport is and where a paragraph's text starts: passed in, so unit tests give their own. */
export interface ViewportGeometry {
  viewport(): Span;
  /** The top of the paragraph's first character, or null when it has no box (hidden, not laid out). */
  topOf(p: Paragraph): number | null;
  /** The bottom of the paragraph's last character, or null when it has no box. */
  bottomOf(p: Paragraph): number | null;
}

/** The page's own geometry: a range over the paragraph's first character. */
export function pageGeometry(win: Window): ViewportGeometry {
  return {
    viewport: () => ({ top: 0, bottom: win.innerHeight }),
    topOf(p) {
      const s = p.segments[0];
      if (!s) return null;
      return boxOf(win, s.node, s.nodeStart)?.top ?? null;
    },
    bottomOf(p) {
      const s = p.segments.at(-1);
      if (!s) return null;
      return boxOf(win, s.node, s.nodeStart + Math.max(0, s.end - s.start - 1))?.bottom ?? null;
    },
  };
}

/** The box of one character of a text node, or null when it has none (hidden, not laid out). */
function boxOf(win: Window, node: Text, at: number): DOMRect | null {
  const range = win.document.createRange();
  range.setStart(node, Math.min(node.length, at));
  range.setEnd(node, Math.min(node.length, at + 1));
  const rect = range.getBoundingClientRect();
  return rect.width === 0 && rect.height === 0 && rect.top === 0 ? null : rect;
}

/**
 * The cuts of one long block (in reading order) whose text lies within `margin` screens of the viewport.
 * A 1 MiB text node is one block of ~260 cuts: only the few near the viewport are worth reading now.
 * Cuts follow each other down the page, so a binary search finds the first near one with a handful of
 * range measurements instead of one per cut. A cut without a box counts as near (nothing better is known).
 */
export function cutsNearViewport<P extends Paragraph>(
  cuts: readonly P[],
  geometry: ViewportGeometry,
  margin = 0.5,
): P[] {
  if (cuts.length <= 1) return [...cuts];
  const view = geometry.viewport();
  const extra = (view.bottom - view.top) * margin;
  const from = view.top - extra;
  const to = view.bottom + extra;
  const tops = new Map<number, number | null>();
  const topAt = (i: number) => {
    if (!tops.has(i)) tops.set(i, geometry.topOf(cuts[i] as P));
    return tops.get(i) as number | null;
  };
  // Cuts without a box cannot be placed: read them all rather than guess.
  if (topAt(0) === null) return [...cuts];
  // The last cut that starts at or above `from` may reach into the window: start there.
  let lo = 0;
  let hi = cuts.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const top = topAt(mid);
    if (top !== null && top <= from) lo = mid;
    else hi = mid - 1;
  }
  const near: P[] = [];
  for (let i = lo; i < cuts.length; i++) {
    const top = topAt(i);
    if (top !== null && top > to) break;
    const next = i + 1 < cuts.length ? topAt(i + 1) : null;
    // A cut that ends above the window (the next one starts above it too) is not near.
    if (next !== null && next < from) continue;
    // The last cut known so far: the idle walk may not have cut the rest of the block yet (a busy page, a
    // jump to the end). Its own end says whether it reaches the window; taken to reach on, it made the reader
    // read each cut the walk passed on its way down, far above the reader.
    if (i === cuts.length - 1 && (geometry.bottomOf(cuts[i] as P) ?? Number.POSITIVE_INFINITY) < from)
      continue;
    near.push(cuts[i] as P);
  }
  return near;
}

/**
 * Of the blocks near the viewport (each a block's paragraphs in reading order), the unread paragraphs to
 * read now (`want`: a long block's cuts within half a screen) and those worth keeping if already asked for
 * (`keep`: within one and a half screens, so that a little scrolling back and forth cancels nothing).
 */
export function readingWindow<P extends Paragraph & { tokens: unknown }>(
  blocks: readonly (readonly P[])[],
  geometry: ViewportGeometry,
): { want: Set<P>; keep: Set<P> } {
  const want = new Set<P>();
  const keep = new Set<P>();
  for (const cuts of blocks) {
    for (const p of cutsNearViewport(cuts, geometry)) if (!p.tokens) want.add(p);
    for (const p of cuts.length > 1 ? cutsNearViewport(cuts, geometry, 1.5) : cuts) keep.add(p);
  }
  return { want, keep };
}
