import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHoverController } from '@/content/hover/hover-controller';
import type { ReadParagraph } from '@/content/page/paragraph-store';
import type { PopupHost } from '@/content/popup/popup-host';
import type { Token } from '@/core/types';
import { fakeReader } from './fake-hover';

const text = '遏制项目';
const tokens: Token[] = [
  { text: '遏制', start: 0, end: 2, zh: true, pinyin: 'è zhì', tones: [4, 4] },
  { text: '项目', start: 2, end: 4, zh: true, pinyin: 'xiàng mù', tones: [4, 4] },
];

type Trigger = 'hover' | 'shift' | 'alt' | 'click';

/** `segmentMs`: the paragraph is not segmented yet; its tokens come back this long after it is asked for. */
function setup(settings: { trigger: Trigger; delay: number }, segmentMs?: number) {
  const node = document.createTextNode(text);
  document.body.replaceChildren(node);
  const paragraph: ReadParagraph = {
    text,
    tokens: segmentMs === undefined ? tokens : null,
    block: document.body,
    marks: [],
    segments: [{ node, nodeStart: 0, start: 0, end: text.length }],
  };
  // The pointer is always over 项目: the caret API and the character box say so.
  Object.assign(document, { caretPositionFromPoint: () => ({ offsetNode: node, offset: 2 }) });
  vi.spyOn(Range.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 100, 100));
  const shown: string[] = [];
  const hidden: string[] = [];
  const host: PopupHost = {
    show: (props) => void shown.push(props.view.word),
    hide: () => void hidden.push(shown.at(-1) ?? ''),
    visible: false,
    contains: () => false,
    remove: () => undefined,
    prepare: () => undefined,
  };
  const controller = createHoverController({
    win: window,
    host,
    reader: fakeReader(node, tokens, {
      locate: (_n, offset) => ({ paragraph, offset }),
      tokensOf: () => new Promise((resolve) => setTimeout(() => resolve(tokens), segmentMs)),
    }),
    lookup: async (word) => ({ word, entries: [] }),
    lookupAt: async () => [],
    save: async () => ({ term: '', pinyin: '', created: true, contexts: 1 }),
    delay: () => settings.delay,
    trigger: () => settings.trigger,
  });
  controller.start();
  const move = (init: MouseEventInit = {}) =>
    window.dispatchEvent(new PointerEvent('pointermove', { clientX: 10, clientY: 10, ...init }));
  return { controller, shown, hidden, move };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('popup trigger and delay settings', () => {
  it('waits the configured delay, read at each hover', async () => {
    const settings = { trigger: 'hover' as Trigger, delay: 500 };
    const { shown, move } = setup(settings);
    move();
    await vi.advanceTimersByTimeAsync(400);
    expect(shown).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    expect(shown.at(-1)).toBe('项目');
  });

  it('with "hold Shift", opens only while Shift is held (or pressed over the word)', async () => {
    const settings = { trigger: 'shift' as Trigger, delay: 100 };
    const { controller, shown, move } = setup(settings);
    move();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(shown).toEqual([]);
    move({ shiftKey: true, clientX: 11 });
    await vi.advanceTimersByTimeAsync(200);
    expect(shown.at(-1)).toBe('项目');

    controller.hide();
    shown.length = 0;
    move({ clientX: 12 });
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', shiftKey: true }));
    await vi.advanceTimersByTimeAsync(200);
    expect(shown.at(-1)).toBe('项目');
  });

  it('with "hold Alt", ignores Shift', async () => {
    const { shown, move } = setup({ trigger: 'alt', delay: 100 });
    move({ shiftKey: true });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(shown).toEqual([]);
    move({ altKey: true, clientX: 11 });
    await vi.advanceTimersByTimeAsync(200);
    expect(shown.at(-1)).toBe('项目');
  });

  it('with "click", hovering opens nothing and a click opens the word at once', async () => {
    const { shown, move } = setup({ trigger: 'click', delay: 300 });
    move();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(shown).toEqual([]);
    window.dispatchEvent(new MouseEvent('click', { clientX: 10, clientY: 10 }));
    await vi.advanceTimersByTimeAsync(0);
    expect(shown.at(-1)).toBe('项目');
  });

  it('counts the delay from when the pointer stopped, not from when its paragraph was segmented', async () => {
    const { shown, move } = setup({ trigger: 'hover', delay: 120 }, 100);
    move();
    await vi.advanceTimersByTimeAsync(100);
    expect(shown).toEqual([]);
    // The segmentation took 100 ms of the 120 ms rest: the popup opens 20 ms later, not 120 ms.
    await vi.advanceTimersByTimeAsync(25);
    expect(shown.at(-1)).toBe('项目');
  });

  it('opens at once when segmenting the paragraph took longer than the delay', async () => {
    const { shown, move } = setup({ trigger: 'hover', delay: 120 }, 300);
    move();
    await vi.advanceTimersByTimeAsync(299);
    expect(shown).toEqual([]);
    await vi.advanceTimersByTimeAsync(2);
    expect(shown.at(-1)).toBe('项目');
  });

  it('a scroll event after the pointer came to rest keeps the popup coming on the word still under it', async () => {
    const { shown, move } = setup({ trigger: 'hover', delay: 120 });
    move();
    await vi.advanceTimersByTimeAsync(10);
    // The page scrolled before the pointer stopped; its event comes now (a busy page's late frame).
    window.dispatchEvent(new Event('scroll'));
    await vi.advanceTimersByTimeAsync(115);
    expect(shown.at(-1)).toBe('项目');
  });

  it('keeps an open popup through a late scroll event that moved nothing, and closes it when its word moved', async () => {
    const { shown, hidden, move } = setup({ trigger: 'hover', delay: 120 });
    move();
    await vi.advanceTimersByTimeAsync(125);
    expect(shown.at(-1)).toBe('项目');
    // The scroll that brought the word under the pointer, heard after the popup opened (a busy page's frame).
    window.dispatchEvent(new Event('scroll'));
    expect(hidden).toEqual([]);
    // A scroll now moves the word away from the popup beside it: the popup closes.
    vi.spyOn(Range.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, -40, 100, 100));
    window.dispatchEvent(new Event('scroll'));
    expect(hidden).toEqual(['项目']);
  });
});
