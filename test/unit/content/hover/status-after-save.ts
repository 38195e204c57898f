import { expect, vi } from 'vitest';
import { createHoverController } from '@/content/hover/hover-controller';
import type { WordPopupProps } from '@/content/popup/word-popup';
import type { Token } from '@/core/types';

/** Opens the popup on 碳汇, presses its Save, and returns the popup's status line once it shows one. */
export async function statusAfterSave(save: Parameters<typeof createHoverController>[0]['save']) {
  const token: Token = { text: '碳汇', start: 0, end: 2, zh: true, pinyin: 'tàn huì', tones: [4, 4] };
  const node = document.createTextNode('碳汇');
  document.body.append(node);
  const shown: WordPopupProps[] = [];
  const marked: string[] = [];
  const controller = createHoverController({
    win: window,
    host: {
      show: (p) => void shown.push(p),
      hide: () => undefined,
      visible: false,
      contains: () => false,
      remove: () => undefined,
      prepare: () => undefined,
    },
    reader: {
      locate: () => null,
      tokensOf: async () => [token],
      rangeOf: () => {
        const r = document.createRange();
        r.selectNodeContents(node);
        return r;
      },
      markSaved: (w) => void marked.push(w),
      isSaved: () => false,
    },
    lookup: async (word) => ({ word, entries: [] }),
    lookupAt: async () => [],
    save,
  });
  const paragraph = { text: '碳汇', tokens: [token], block: document.body, marks: [], segments: [] };
  controller.show({ paragraph, index: 0, token });
  shown.at(-1)?.onSave();
  const status = await vi.waitFor(() => {
    const s = shown.at(-1)?.view.status;
    if (!s) throw new Error('no status yet');
    return s;
  });
  expect(marked).toEqual([]);
  expect(shown.at(-1)?.view.saved).toBe(false);
  controller.stop();
  return status;
}
