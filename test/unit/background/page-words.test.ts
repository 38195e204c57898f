import { describe, expect, it } from 'vitest';
import { createPageWords } from '@/background/page-words';
import type { KeyValueArea } from '@/background/tab-state-store';
import type { Token } from '@/core/types';

function mapArea(): KeyValueArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key) => (data.has(key) ? { [key]: structuredClone(data.get(key)) } : {}),
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    remove: async (key) => void data.delete(key),
  };
}

/** Timers the test runs by hand. */
function manualTimers() {
  const due: (() => void)[] = [];
  return {
    timers: { set: (fn: () => void) => due.push(fn), clear: () => undefined },
    flush: () => {
      for (const fn of due.splice(0)) fn();
    },
  };
}

/** Tokens of a paragraph split at spaces: Han words are `zh`, with pinyin unless `quick`. */
function tokens(text: string, { quick = false, policy = [] as string[] } = {}): Token[] {
  const out: Token[] = [];
  let at = 0;
  for (const w of text.split(' ')) {
    const zh = /\p{Script=Han}/u.test(w);
    out.push({
      text: w,
      start: at,
      end: at + w.length,
      zh,
      pinyin: zh && !quick ? `py-${w}` : '',
      tones: [],
      ...(policy.includes(w) ? { glossaryId: w } : {}),
    });
    at += w.length + 1;
  }
  return out;
}

const words = async (store: ReturnType<typeof createPageWords>, tabId = 1) =>
  Object.fromEntries([...(await store.get(tabId)).words].map(([w, c]) => [w, c.count]));

describe('page words (counted from annotate answers)', () => {
  it('counts each paragraph once, a quick answer and the full one after it included', async () => {
    const { timers } = manualTimers();
    const store = createPageWords({ area: mapArea(), timers });
    const p1 = '双控 和 双控 。';
    const p2 = '两高 项目';
    await store.record(
      { tab: { id: 1 }, frameId: 0, url: 'https://a.cn/x#top' },
      [p1],
      [tokens(p1, { quick: true })],
    );
    await store.record(
      { tab: { id: 1 }, frameId: 0, url: 'https://a.cn/x' },
      [p1, p2],
      [tokens(p1), tokens(p2, { policy: ['两高'] })],
    );
    expect(await words(store)).toEqual({ 双控: 2, 和: 1, 两高: 1, 项目: 1 });
    const got = await store.get(1);
    expect(got.url).toBe('https://a.cn/x');
    // The full answer filled in the reading the quick one lacked, and kept the sentence of the first use.
    expect(got.words.get('双控')).toMatchObject({ pinyin: 'py-双控', sentence: p1.trim() });
    expect(got.words.get('两高')?.glossaryId).toBe('两高');
  });

  it('adds the words of frames inside the page, and starts over for another page or a new document', async () => {
    const { timers } = manualTimers();
    const store = createPageWords({ area: mapArea(), timers });
    await store.startPage(1, 100);
    await store.record({ tab: { id: 1 }, frameId: 1 }, ['碳汇'], [tokens('碳汇')]);
    await store.record({ tab: { id: 1 }, frameId: 0, url: 'https://a.cn/' }, ['双控'], [tokens('双控')]);
    expect(await words(store)).toEqual({ 碳汇: 1, 双控: 1 });
    await store.startPage(1, 100); // the same document reporting again
    expect(await words(store)).toEqual({ 碳汇: 1, 双控: 1 });
    await store.record({ tab: { id: 1 }, frameId: 0, url: 'https://b.cn/' }, ['两高'], [tokens('两高')]);
    expect(await words(store)).toEqual({ 两高: 1 });
    await store.startPage(1, 200);
    expect(await words(store)).toEqual({});
    expect(await words(store, 2)).toEqual({});
  });

  it('keeps the counts through a stopped service worker (session storage), written a moment later', async () => {
    const area = mapArea();
    const { timers, flush } = manualTimers();
    const first = createPageWords({ area: area, timers });
    await first.record(
      { tab: { id: 3 }, frameId: 0, url: 'https://a.cn/' },
      ['双控 双控'],
      [tokens('双控 双控')],
    );
    expect(area.data.size).toBe(0);
    flush();
    await Promise.resolve();
    const restarted = createPageWords({ area: area, timers });
    expect(await words(restarted, 3)).toEqual({ 双控: 2 });
    await restarted.forget(3);
    expect(area.data.size).toBe(0);
  });
});
