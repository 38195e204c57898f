import { handleMessage } from '@/protocol/message-handler';

/**
 * Answers the context menu's "Look up in Tanci": opens the word popup on the selection's first word.
 * `showAt` is the reading session's way of opening it at a place in a text node; false if it cannot.
 */
export function serveShowLookup(
  win: Window,
  showAt: (node: Text, offset: number) => Promise<boolean>,
): () => void {
  return handleMessage('showLookup', async () => {
    const selection = win.getSelection();
    if (!selection || selection.rangeCount === 0) return { shown: false };
    const range = selection.getRangeAt(0);
    let node = range.startContainer;
    let offset = range.startOffset;
    // A selection that starts at an element boundary: step to the first text inside it.
    if (node.nodeType !== 3) {
      const walker = win.document.createTreeWalker(range.commonAncestorContainer, 4 /* SHOW_TEXT */);
      let text = walker.nextNode();
      while (text && !range.intersectsNode(text)) text = walker.nextNode();
      if (!text) return { shown: false };
      node = text;
      offset = 0;
    }
    // Skip leading blanks of a double-click selection.
    const data = (node as Text).data;
    while (offset < data.length && /\s/.test(data[offset] ?? '')) offset++;
    return { shown: await showAt(node as Text, offset) };
  });
}
