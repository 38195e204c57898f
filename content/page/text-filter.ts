/** Elements whose text a reader never sees as prose, or must never be touched (form fields, editors). */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'RT',
  'RP',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'CODE',
]);

/** Marks Tanci's own UI (the popup host) so that no walk ever reads or marks it. */
export const TANCI_UI_ATTRIBUTE = 'data-tanci-ui';

/** Whether the walk should not descend into `el` (its text is not page prose, or not Tanci's to read). */
export function isSkippedElement(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute(TANCI_UI_ATTRIBUTE)) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** Whether `node` sits anywhere inside skipped content (used for nodes reached directly, e.g. by the caret). */
export function isInSkippedContent(node: Node): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el)) return true;
  }
  const root = node.getRootNode();
  return root !== node.ownerDocument && 'host' in root
    ? isInSkippedContent((root as ShadowRoot).host)
    : false;
}
