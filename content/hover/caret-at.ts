export interface Caret {
  node: Text;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: unknown,
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/**
 * The open shadow roots under the point, outermost first. The caret APIs stop at a shadow host unless they
 * are handed the roots to enter (text in web components: a news site's article body in a custom element).
 */
function shadowRootsAt(doc: Document, x: number, y: number): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  let element = doc.elementFromPoint(x, y);
  while (element?.shadowRoot && roots.length < 32) {
    const root = element.shadowRoot;
    if (roots.includes(root)) break;
    roots.push(root);
    const inner = root.elementFromPoint(x, y);
    if (!inner || inner === element) break;
    element = inner;
  }
  return roots;
}

function rawCaret(doc: CaretDocument, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const shadowRoots = shadowRootsAt(doc, x, y);
    const pos = shadowRoots.length
      ? doc.caretPositionFromPoint(x, y, { shadowRoots })
      : doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const range = doc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

function covers(rect: DOMRect, x: number, y: number): boolean {
  return rect.width > 0 && x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
}

/**
 * The character of page text under the point, as (text node, offset of that character). The caret APIs
 * return the nearest insertion point, also to the right of a line's end or between lines; the character's
 * own box is checked so that empty space never counts as a word.
 */
export function caretAt(doc: Document, x: number, y: number): Caret | null {
  const raw = rawCaret(doc as CaretDocument, x, y);
  if (raw?.node.nodeType !== 3) return null;
  const node = raw.node as Text;
  const range = doc.createRange();
  // The caret sits before or after the character under the point depending on which half was hit.
  for (const offset of [raw.offset, raw.offset - 1]) {
    if (offset < 0 || offset >= node.length) continue;
    const wide = /[\ud800-\udbff]/.test(node.data[offset] ?? '') ? 2 : 1;
    range.setStart(node, offset);
    range.setEnd(node, Math.min(node.length, offset + wide));
    if (covers(range.getBoundingClientRect(), x, y)) return { node, offset };
  }
  return null;
}
