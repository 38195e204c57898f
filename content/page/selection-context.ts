import { LIMITS, type SelectionContext } from '@/protocol/messages';
import { blockOf } from './block-of';
import { paragraphOffset, paragraphsIn } from './paragraphs';
import { sentenceAt } from './sentence-at';

const MAX_SELECTION = 64;

/**
 * The selected text of a frame with the sentence it sits in and the page it is on: what the context
 * menu's "Save to Tanci" stores. Null without a selection.
 */
export function readSelectionContext(win: Window = window): SelectionContext | null {
  const doc = win.document;
  const selection = win.getSelection();
  const text = selection?.toString().replace(/\s+/g, '').slice(0, MAX_SELECTION) ?? '';
  if (!selection || selection.rangeCount === 0 || !text) return null;
  const range = selection.getRangeAt(0);
  let sentence = '';
  const node = range.startContainer;
  if (node.nodeType === 3) {
    for (const p of paragraphsIn(blockOf(node))) {
      const start = paragraphOffset(p, node as Text, range.startOffset);
      if (start < 0) continue;
      const end =
        range.endContainer.nodeType === 3
          ? paragraphOffset(p, range.endContainer as Text, range.endOffset)
          : -1;
      sentence = sentenceAt(p.text, start, end > start ? end : start + 1);
      break;
    }
  }
  return {
    text,
    sentence: sentence || text,
    pageTitle: doc.title.slice(0, LIMITS.pageTitleChars),
    url: win.location.href.slice(0, LIMITS.urlChars),
  };
}
