import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHoverController } from '@/content/hover/hover-controller';
import type { ReadParagraph } from '@/content/page/paragraph-store';
import type { PopupHost } from '@/content/popup/popup-host';
import type { WordPopupProps } from '@/content/popup/word-popup';
import type { Token } from '@/core/types';

const text = '坚决遏制“两高”项目。';
const tok = (t: string, start: number, zh = true): Token => ({
  text: t,
  start,
  end: start + t.length,
  zh,
  pinyin: zh ? 'liǎng gāo' : '',
  tones: zh ? [3, 1] : [],
});
const tokens = [
  tok('坚决', 0),
  tok('遏制', 2),
  tok('“', 4, false),
  tok('两高', 5),
  tok('”', 7, false),
  tok('项目', 8),
];

function setup() {
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

const press = (key: string) => window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
const flush = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => document.body.replaceChildren());

describe('hover controller keys', () => {
  it('S saves the word with its sentence, page title and URL, and the popup turns to Saved', async () => {
    const { save, last, controller } = setup();
    document.title = '石家庄市建立“五个机制”';
    press('s');
    await flush();
    await flush();
    expect(save).toHaveBeenCalledWith(
      expect.objectContaining({
        term: '两高',
        pinyin: 'liǎng gāo',
        sentence: text,
        pageTitle: '石家庄市建立“五个机制”',
        url: window.location.href,
      }),
    );
    expect(last().view.saved).toBe(true);
    controller.stop();
  });

  it('C copies, arrows move between words (skipping punctuation), Esc closes', async () => {
    const { copy, last, host, controller } = setup();
    press('c');
    await flush();
    expect(copy).toHaveBeenCalledWith('两高');
    press('ArrowRight');
    expect(last().view.word).toBe('项目');
    press('ArrowLeft');
    press('ArrowLeft');
    expect(last().view.word).toBe('遏制');
    press('Escape');
    expect(host.hide).toHaveBeenCalled();
    expect(controller.current).toBeNull();
    controller.stop();
  });

  it('leaves keys alone while the reader types in a form field', async () => {
    const { save, controller } = setup();
    const input = document.createElement('input');
    document.body.append(input);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 's', bubbles: true }));
    await flush();
    expect(save).not.toHaveBeenCalled();
    controller.stop();
  });
});

describe('hover controller warm-up', () => {
  const marked = () => ({
    ...setup(),
    tokens: tokens.map((t) => (t.text === '两高' ? { ...t, glossaryId: 'g1' } : t)),
  });

  it("prepares a policy term's popup, then a dictionary word's, each with its answer", async () => {
    const { controller, paragraph, prepared, tokens: withTerm } = marked();
    controller.hide();
    const read = [{ ...paragraph, tokens: withTerm }];
    expect(await controller.warm(read)).toBe(true);
    expect(await controller.warm(read)).toBe(true);
    expect(await controller.warm(read)).toBe(false);
    expect(prepared.map((p) => p.view.word)).toEqual(['两高', '坚决']);
    expect(prepared[0]?.view.info).toEqual({ word: '两高', entries: [] });
    controller.stop();
  });

  it('never lays out over a popup the reader has open', async () => {
    const { controller, paragraph, prepared, tokens: withTerm } = marked();
    expect(await controller.warm([{ ...paragraph, tokens: withTerm }])).toBe(true);
    expect(prepared).toHaveLength(0);
    controller.stop();
  });
});
