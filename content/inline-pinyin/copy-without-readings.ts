import { INLINE_RUBY_ATTRIBUTE } from './ruby-element';

/**
 * The copy listener of inline pinyin: the selection's text with every Tanci `<rt>` left out, so a copy
 * gives the Chinese text only. Selections without Tanci's readings copy as the browser would.
 */
export function copyWithoutReadings(doc: Document): (event: ClipboardEvent) => void {
  return (event) => {
    const selection = doc.getSelection();
    if (!selection || selection.rangeCount === 0 || !event.clipboardData) return;
    const parts: string[] = [];
    let touched = false;
    for (let i = 0; i < selection.rangeCount; i++) {
      const fragment = selection.getRangeAt(i).cloneContents();
      const rts = fragment.querySelectorAll(`[${INLINE_RUBY_ATTRIBUTE}] > rt`);
      if (rts.length > 0) touched = true;
      for (const rt of rts) rt.remove();
      parts.push(fragment.textContent ?? '');
    }
    if (!touched) return;
    event.clipboardData.setData('text/plain', parts.join('\n'));
    event.preventDefault();
  };
}
