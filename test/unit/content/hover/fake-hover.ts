import { vi } from 'vitest';
import { createHoverController } from '@/content/hover/hover-controller';
import type { HoverReader } from '@/content/hover/hover-deps';
import type { ReadParagraph } from '@/content/page/paragraph-store';
import type { PopupHost } from '@/content/popup/popup-host';
import type { WordPopupProps } from '@/content/popup/word-popup';
import type { Token, WordInfo } from '@/core/types';

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

/** The page scanner as the hover controller reads it, over one text node read as `tokens`. */
export function fakeReader(node: Text, tokens: Token[], over: Partial<HoverReader> = {}): HoverReader {
  return {
    locate: () => null,
    tokensOf: async () => tokens,
    rangeOf: (_p, start, end) => {
      const r = document.createRange();
      r.setStart(node, start);
      r.setEnd(node, end);
      return r;
    },
    markSaved: () => undefined,
    isSaved: () => false,
    ...over,
  };
}

/** The page's unit highlight, as a list of the texts it showed (null when cleared). */
export function fakeHighlight() {
  const shown: (string | null)[] = [];
  return {
    shown,
    highlight: {
      show: (range: AbstractRange) => void shown.push((range as Range).toString()),
      clear: () => void shown.push(null),
    },
  };
}

/**
 * A hover controller over one paragraph of the page (`text`, read as `tokens`), its popup open on 两高;
 * the host records what it was asked to show and to prepare.
 */
export function openOnLiangGao() {
  return openPopup({ text, tokens, index: 3, lookupAt: async () => [] });
}

/** A hover controller over a paragraph, its popup open on token `index`; `lookupAt` lists the units there. */
export function openPopup(page: {
  text: string;
  tokens: Token[];
  index: number;
  lookupAt: (text: string, offset: number) => Promise<WordInfo[]>;
}) {
  const { text, tokens, index } = page;
  const { shown: highlighted, highlight } = fakeHighlight();
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
    reader: fakeReader(node, tokens, { markSaved: (w) => void saved.add(w), isSaved: (w) => saved.has(w) }),
    lookup: async (word) => ({ word, entries: [] }),
    lookupAt: page.lookupAt,
    save,
    copy,
    highlight,
  });
  controller.start();
  controller.show({ paragraph, index, token: tokens[index] as Token });
  const last = () => shown[shown.length - 1] as WordPopupProps;
  return { controller, host, save, copy, last, paragraph, prepared, highlighted };
}
