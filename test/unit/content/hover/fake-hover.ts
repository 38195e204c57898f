import { vi } from 'vitest';
import { createHoverController } from '@/content/hover/hover-controller';
import type { ReadParagraph } from '@/content/page/paragraph-store';
import type { PopupHost } from '@/content/popup/popup-host';
import type { WordPopupProps } from '@/content/popup/word-popup';
import type { Token } from '@/core/types';

export const text = '坚决遏制“两高”项目。';
const tok = (t: string, start: number, zh = true): Token => ({
  text: t,
  start,
  end: start + t.length,
  zh,
  pinyin: zh ? 'liǎng gāo' : '',
  tones: zh ? [3, 1] : [],
});
export const tokens = [
  tok('坚决', 0),
  tok('遏制', 2),
  tok('“', 4, false),
  tok('两高', 5),
  tok('”', 7, false),
  tok('项目', 8),
];

/**
 * A hover controller over one paragraph of the page (`text`, read as `tokens`), its popup open on 两高;
 * the host records what it was asked to show and to prepare.
 */
export function openOnLiangGao() {
  const node = document.createTextNode(text);
  document.body.append(node);
  const paragraph: ReadParagraph = {
    text,
    tokens,
    block: document.body,
    marks: [],
    segments: [{ node, nodeStart: 0, start: 0, end: text.length }],
  };
  const shown: WordPopupProps[] = [];
  const prepared: WordPopupProps[] = [];
  const host: PopupHost = {
    show: (props) => void shown.push(props),
    prepare: (props) => void prepared.push(props),
    hide: vi.fn(),
    visible: false,
    contains: () => false,
    remove: () => {},
  };
  const saved = new Set<string>();
  const save = vi.fn(async (data: { term: string }) => {
    saved.add(data.term);
    return { term: data.term, pinyin: '', created: true, contexts: 1 };
  });
  const copy = vi.fn(async () => {});
  const controller = createHoverController({
    win: window,
    host,
    reader: {
      locate: () => null,
      tokensOf: async () => tokens,
      rangeOf: (_p, start, end) => {
        const r = document.createRange();
        r.setStart(node, start);
        r.setEnd(node, end);
        return r;
      },
      markSaved: (w) => void saved.add(w),
      isSaved: (w) => saved.has(w),
    },
    lookup: async (word) => ({ word, entries: [] }),
    lookupAt: async () => [],
    save,
    copy,
  });
  controller.start();
  controller.show({ paragraph, index: 3, token: tokens[3] as Token });
  const last = () => shown[shown.length - 1] as WordPopupProps;
  return { controller, host, save, copy, last, paragraph, prepared };
}
