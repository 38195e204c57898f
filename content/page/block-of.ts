/** Elements that flow inside a line: their text belongs to the paragraph of the nearest block around them. */
const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'KBD',
  'LABEL',
  'MARK',
  'Q',
  'RUBY',
  'RB',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'NOBR',
]);

export function isInlineElement(el: Element): boolean {
  return INLINE_TAGS.has(el.tagName.toUpperCase());
}

/**
 * The node whose text forms one paragraph with `node`'s: the nearest ancestor that is not an inline
 * element (tag names only: reading computed styles would force layout on every node of a long page).
 * Inside a shadow root with no block ancestor, the shadow root itself.
 */
export function blockOf(node: Node): Node {
  let current: Node | null = node.parentNode;
  while (current && current.nodeType === 1 && isInlineElement(current as Element)) {
    current = current.parentNode;
  }
  return current ?? node;
}
