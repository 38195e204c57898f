/**
 * A page's own script cannot drive Tanci: events it makes (isTrusted false in every browser) neither
 * save, copy nor press keys of the word popup. Browsers mark script-made events; this DOM does not, so
 * the tests mark them as Chrome would.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHoverController } from '@/content/hover/hover-controller';
import type { ReadParagraph } from '@/content/page/paragraph-store';
import type { PopupHost } from '@/content/popup/popup-host';
import type { WordPopupProps } from '@/content/popup/word-popup';
import type { Token } from '@/core/types';
import { fakeReader } from './fake-hover';

const text = '坚决遏制两高项目。';
const token: Token = { text: '两高', start: 4, end: 6, zh: true, pinyin: 'liǎng gāo', tones: [3, 1] };

function setup() {
  const node = document.createTextNode(text);
  document.body.append(node);
  const paragraph: ReadParagraph = {
    text,
    tokens: [token],
    block: document.body,
    marks: [],
    segments: [{ node, nodeStart: 0, start: 0, end: text.length }],
  };
  const shown: WordPopupProps[] = [];
  const host: PopupHost = {
    show: (props) => void shown.push(props),
    hide: vi.fn(),
    visible: false,
    contains: vi.fn(() => false),
    remove: () => {},
    prepare: () => {},
  };
  const save = vi.fn(async (data: { term: string }) => ({
    term: data.term,
    pinyin: '',
    created: true,
    contexts: 1,
  }));
  const copy = vi.fn(async () => {});
  const controller = createHoverController({
    win: window,
    host,
    reader: fakeReader(node, [token]),
    lookup: async (word) => ({ word, entries: [] }),
    lookupAt: async () => [],
    save,
    copy,
  });
  controller.start();
  controller.show({ paragraph, index: 0, token });
  return { controller, host, save, copy, last: () => shown[shown.length - 1] as WordPopupProps };
}

/** An event as page script makes it in a browser. */
const byPage = <E extends Event>(e: E): E => Object.defineProperty(e, 'isTrusted', { value: false });
const byUser = <E extends Event>(e: E): E => Object.defineProperty(e, 'isTrusted', { value: true });
const flush = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => document.body.replaceChildren());

describe('the word popup ignores events made by page script', () => {
  it('does not save, copy or close on script-made keys', async () => {
    const { controller, save, copy } = setup();
    for (const key of ['s', 'c', 'Escape', 'ArrowRight']) {
      window.dispatchEvent(byPage(new KeyboardEvent('keydown', { key, bubbles: true })));
    }
    await flush();
    expect(save).not.toHaveBeenCalled();
    expect(copy).not.toHaveBeenCalled();
    expect(controller.current?.token.text).toBe('两高');
    // The same key from the user saves (the check can fail).
    window.dispatchEvent(byUser(new KeyboardEvent('keydown', { key: 's', bubbles: true })));
    await flush();
    expect(save).toHaveBeenCalledTimes(1);
    controller.stop();
  });

  it("does not save or copy when page script clicks the popup's buttons", async () => {
    const { controller, save, copy, last } = setup();
    const props = last();
    (props.onSave as (e?: Event) => void)(byPage(new MouseEvent('click')));
    (props.onCopy as (e?: Event) => void)(byPage(new MouseEvent('click')));
    await flush();
    expect(save).not.toHaveBeenCalled();
    expect(copy).not.toHaveBeenCalled();
    (props.onSave as (e?: Event) => void)(byUser(new MouseEvent('click')));
    await flush();
    expect(save).toHaveBeenCalledTimes(1);
    controller.stop();
  });

  it('does not react to script-made pointer moves or clicks', async () => {
    const { controller, host } = setup();
    controller.hide();
    const looked = vi.mocked(host.contains);
    looked.mockClear();
    for (const type of ['pointermove', 'click']) {
      window.dispatchEvent(byPage(new PointerEvent(type, { clientX: 5, clientY: 5, bubbles: true })));
    }
    expect(looked).not.toHaveBeenCalled();
    window.dispatchEvent(byUser(new PointerEvent('pointermove', { clientX: 5, clientY: 5, bubbles: true })));
    expect(looked).toHaveBeenCalled();
    controller.stop();
  });
});
