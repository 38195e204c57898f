import { hasHan } from '@/utils/zh/han';

/** Elements whose text a reader never sees as page prose. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION']);

function acceptText(node: Node): number {
  const parent = node.parentElement;
  if (!parent || SKIPPED.has(parent.tagName)) return NodeFilter.FILTER_REJECT;
  return hasHan((node as Text).data) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
}

/**
 * Whether `root` holds Chinese text. Stops at the first Han character; the walk visits at most
 * `maxNodes` text nodes so a huge page without Chinese costs a bounded amount of work.
 */
export function containsChinese(root: Node, { maxNodes = 50_000 } = {}): boolean {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, { acceptNode: acceptText });
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (acceptText(node) === NodeFilter.FILTER_ACCEPT) return true;
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
        const found =
          node.nodeType === win.Node.TEXT_NODE
            ? acceptText(node) === NodeFilter.FILTER_ACCEPT
            : containsChinese(node);
        if (found) {
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
