import { hasHan } from '@/core/text/han';

/** Elements whose text a reader never sees as page prose. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION']);

function isProse(node: Node): boolean {
  const parent = node.parentElement;
  return !!parent && !SKIPPED.has(parent.tagName);
}

function isChineseProse(node: Node): boolean {
  return isProse(node) && hasHan((node as Text).data);
}

/**
 * Whether `root` holds Chinese text. Stops at the first Han character; the walk visits at most
 * `maxNodes` text nodes so a huge page without Chinese costs a bounded amount of work.
 */
export function containsChinese(root: Node, { maxNodes = 50_000 } = {}): boolean {
  const doc = root.ownerDocument ?? (root as Document);
  if (root.nodeType === Node.TEXT_NODE) return isChineseProse(root);
  // One native read of all the text first: a page with no Han anywhere (the common case on the web) then
  // costs no walk, and no per-node wrappers in the content script's world.
  if (!hasHan(root.textContent ?? '')) return false;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (isChineseProse(node)) return true;
    if (++seen >= maxNodes) break;
  }
  return false;
}

/**
 * Calls `onFound` once when Chinese text appears in `root` (dynamic pages, late-loading articles), then
 * stops watching. Only added nodes and changed text are checked, never the whole page again.
 */
export function watchForChinese(
  root: Node,
  onFound: () => void,
  win: Window & typeof globalThis = window,
): () => void {
  const observer = new win.MutationObserver((records: MutationRecord[]) => {
    for (const record of records) {
      const nodes = record.type === 'characterData' ? [record.target] : Array.from(record.addedNodes);
      for (const node of nodes) {
        if (containsChinese(node)) {
          observer.disconnect();
          onFound();
          return;
        }
      }
    }
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return () => observer.disconnect();
}

/**
 * Calls `onFound` once the pointer enters Chinese text that sits inside an open shadow root (a page built
 * of web components can hold its whole article there). Neither the light DOM's text nor the
 * MutationObserver sees it, and walking every element for shadow roots would cost every page without
 * Chinese; a listener costs nothing until the pointer moves, and then reads text only when the pointer
 * enters an element inside a shadow tree.
 */
export function watchForShadowChinese(doc: Document, onFound: () => void): () => void {
  const onPointerOver = (event: Event) => {
    const under = event.composedPath()[0] as Node | undefined;
    // Light-DOM targets have the document as their root: the other watchers cover them. Only the element
    // under the pointer is read, not its whole shadow tree (an app shell's can hold the whole app).
    if (under?.getRootNode().nodeType !== Node.DOCUMENT_FRAGMENT_NODE || !containsChinese(under)) return;
    stop();
    onFound();
  };
  const stop = () => doc.removeEventListener('pointerover', onPointerOver, { capture: true });
  doc.addEventListener('pointerover', onPointerOver, { capture: true, passive: true });
  return stop;
}
