import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDictionaryStore } from '@/background/db/dictionary-store';
import { registerLookupHandlers } from '@/background/handlers/lookup';
import {
  createDictionaryLoader,
  DICTIONARY_PATH,
  DICTIONARY_VERSION_PATH,
  PARTS_PATH,
} from '@/background/loaders/dictionary-loader';
import { parseCedict } from '@/core/dictionary/cedict-parse';
import { packDictionary } from '@/core/dictionary/dictionary-pack';
import { partsOf } from '@/core/dictionary/dictionary-parts';
import { GLOSSARY_FILE } from '@/core/glossary/glossary-file';
import type { GlossaryEntry, WordBrief, WordInfo } from '@/core/types';
import { removeAllListeners } from '@/protocol/messages';
import { excerptText } from '../../core/dictionary/excerpt';

const packed = packDictionary(parseCedict(excerptText), new Map(), { date: '2026-09-10' });
const version = `${packed.slice(0, packed.indexOf('\n'))}\n`;
const liangGao: GlossaryEntry = {
  id: '两高',
  term: '两高',
  pinyin: 'liǎng gāo',
  english: 'energy-intensive, high-emission (projects)',
  expansion: '高耗能、高排放',
  explanation: 'Projects that use much energy and emit much.',
  category: 'abbreviation',
  examples: [],
  reviewed: true,
  frequency: 3,
  score: 1,
  signals: [],
};
const files: Record<string, string> = {
  [DICTIONARY_PATH]: packed,
  [DICTIONARY_VERSION_PATH]: version,
  [`/data/${GLOSSARY_FILE}`]: JSON.stringify([liangGao]),
};

type Reply = { res?: { results: (WordInfo | WordBrief)[] }; err?: { message: string } };

/** Delivers a message as the browser would, from this extension, and waits for the asynchronous answer. */
function send(type: string, data: unknown): Promise<Reply> {
  const onMessage = fakeBrowser.runtime.onMessage as unknown as {
    trigger: (...a: unknown[]) => Promise<unknown[]>;
  };
  return new Promise((resolve) => {
    void onMessage.trigger(
      { id: 1, type, data, timestamp: Date.now() },
      { id: fakeBrowser.runtime.id },
      resolve,
    );
  });
}

afterEach(() => {
  removeAllListeners();
  fakeBrowser.reset();
});

describe('the lookup handlers', () => {
  it('answers a batch in order, loading the files only at the first lookup', async () => {
    const read = vi.fn(async (path: string) => files[path]);
    const dictionary = createDictionaryLoader({ read });
    registerLookupHandlers({ dictionary });
    expect(read).not.toHaveBeenCalled();

    const reply = await send('define', { words: ['环境', '两高', '碳达峰', '环境'] });
    const results = (reply.res?.results ?? []) as WordInfo[];
    expect(results.map((r) => r.word)).toEqual(['环境', '两高', '碳达峰', '环境']);
    expect(results[0]?.entries).toHaveLength(1);
    expect(results[1]?.glossary?.expansion).toBe('高耗能、高排放');
    expect(results[1]?.composed).toBeUndefined();
    expect(results[2]?.composed).toMatch(/^carbon \+ /);

    const at = await send('lookupAt', { text: '实现碳中和', offset: 2 });
    expect(at.res?.results.map((r) => r.word)).toEqual(['碳中和', '碳']);
    expect(read.mock.calls.filter(([path]) => path === DICTIONARY_PATH)).toHaveLength(1);
    expect(dictionary.mode).toBe('memory');
  });

  it('answers a paragraph batch at a glance: readings, first gloss, glossary id, nothing more', async () => {
    registerLookupHandlers({ dictionary: createDictionaryLoader({ read: async (p) => files[p] }) });
    const words = ['环境', '两高', '碳达峰', '行'];
    const brief = ((await send('lookup', { words })).res?.results ?? []) as WordBrief[];
    const full = ((await send('define', { words })).res?.results ?? []) as WordInfo[];
    expect(brief.map((b) => b.word)).toEqual(words);
    expect(brief[0]).toEqual({
      word: '环境',
      readings: [{ pinyin: 'huán jìng', tones: [2, 4] }],
      gloss: full[0]?.entries[0]?.senses[0],
    });
    expect(brief[1]).toMatchObject({ readings: [], gloss: liangGao.english, glossaryId: '两高' });
    expect(brief[2]?.gloss).toBe(full[2]?.composed);
    expect(brief[3]?.readings.map((r) => r.pinyin)).toEqual(full[3]?.entries.map((e) => e.pinyin));
    for (const b of brief) expect(Object.keys(b)).not.toContain('entries');
  });

  it('gives the full answer for a few words only: a paragraph batch goes at a glance', async () => {
    registerLookupHandlers({ dictionary: createDictionaryLoader({ read: async (p) => files[p] }) });
    expect((await send('define', { words: Array(21).fill('环境') })).err?.message).toMatch(/define/);
    expect((await send('lookup', { words: Array(500).fill('环境') })).res?.results).toHaveLength(500);
  });

  it('reports a missing dictionary as an error, and tries again on the next lookup', async () => {
    let present = false;
    const read = async (path: string) => (present || path !== DICTIONARY_PATH ? files[path] : undefined);
    registerLookupHandlers({ dictionary: createDictionaryLoader({ read }) });
    expect((await send('lookup', { words: ['环境'] })).err?.message).toMatch(/missing from the build/);
    present = true;
    expect((await send('lookup', { words: ['环境'] })).res?.results).toHaveLength(1);
  });

  it('rejects an oversized batch before looking anything up', async () => {
    const read = vi.fn(async (path: string) => files[path]);
    registerLookupHandlers({ dictionary: createDictionaryLoader({ read }) });
    const reply = await send('lookup', { words: Array.from({ length: 501 }, () => '环境') });
    expect(reply.err).toBeDefined();
    expect(read).not.toHaveBeenCalled();
  });
});

describe('the dictionary in IndexedDB', () => {
  const words = ['环境', '環境', '行', '着', '台', '臺', '两高', '碳达峰', '㐅', '中和', 'abc', '車'];

  it('fills it on the first run, then answers the next worker from chunks, with the same results', async () => {
    const idb = new IDBFactory();
    const read = vi.fn(async (path: string) => files[path]);
    const first = createDictionaryLoader({ read, store: openDictionaryStore(idb) });
    const fromMemory = await (await first.get()).lookupMany(words);
    expect(first.mode).toBe('memory');
    await first.prepare(); // waits for the fill the first lookup started

    read.mockClear();
    const next = createDictionaryLoader({ read, store: openDictionaryStore(idb) });
    const dict = await next.get();
    expect(next.mode).toBe('chunks');
    expect(await dict.lookupMany(words)).toEqual(fromMemory);
    expect(await dict.lookupAt('实现碳中和', 2)).toEqual(await (await first.get()).lookupAt('实现碳中和', 2));
    expect(read.mock.calls.map(([path]) => path)).not.toContain(DICTIONARY_PATH);
  });

  it('refills it when the build ships another release', async () => {
    const idb = new IDBFactory();
    const store = openDictionaryStore(idb);
    await createDictionaryLoader({ read: async (p) => files[p], store }).prepare();
    expect((await store.release())?.header.line).toBe(version.trim());

    const newer = packDictionary(parseCedict(excerptText), new Map(), { date: '2026-12-01' });
    const newFiles: Record<string, string> = {
      [DICTIONARY_PATH]: newer,
      [DICTIONARY_VERSION_PATH]: newer.slice(0, newer.indexOf('\n')),
    };
    const loader = createDictionaryLoader({ read: async (p) => newFiles[p], store });
    await loader.get();
    expect(loader.mode).toBe('memory');
    await loader.prepare();
    expect((await store.release())?.header.line).toContain('date=2026-12-01');
  });

  it('fills in paced steps, and a fill stopped before its last step leaves no release to read', async () => {
    const idb = new IDBFactory();
    const store = openDictionaryStore(idb);
    let paces = 0;
    await createDictionaryLoader({
      read: async (p) => files[p],
      store,
      pace: async () => void paces++,
    }).prepare();
    // At least: one before the chunk writes, one before the header.
    expect(paces).toBeGreaterThanOrEqual(2);
    expect(await store.release()).toBeDefined();

    // A newer release, whose fill stops (the worker is stopped) at its last pace: before the header.
    const newer = packDictionary(parseCedict(excerptText), new Map(), { date: '2026-12-02' });
    let left = paces - 1;
    // As bytes, as the loader hands it over (decoding them takes steps of its own).
    const stopped = store.fill(new TextEncoder().encode(newer), () =>
      left-- > 0 ? Promise.resolve() : new Promise<void>(() => {}),
    );
    await vi.waitFor(() => expect(left).toBeLessThan(0));
    expect(await store.release()).toBeUndefined();
    void stopped;
    await store.fill(newer);
    expect((await store.release())?.header.line).toContain('date=2026-12-02');
  });

  it('keeps working in memory when IndexedDB fails', async () => {
    const warn = vi.fn();
    const broken = {
      release: async () => undefined,
      chunks: async () => new Map(),
      fill: async () => {
        throw new Error('quota exceeded');
      },
    };
    const loader = createDictionaryLoader({ read: async (p) => files[p], store: broken, warn });
    expect((await (await loader.get()).lookupMany(['环境']))[0]?.entries).toHaveLength(1);
    await loader.prepare();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('quota exceeded'));
  });
});

describe('the dictionary without a usable glossary', () => {
  it.each([
    ['missing', undefined],
    ['not JSON', '{oops'],
    ['not a list', '{}'],
  ])('looks words up when glossary.json is %s, with a warning', async (_, glossary) => {
    const warn = vi.fn();
    const read = async (p: string) => (p === `/data/${GLOSSARY_FILE}` ? glossary : files[p]);
    const loader = createDictionaryLoader({ read, warn });
    const [info] = await (await loader.get()).lookupMany(['两高']);
    expect(info?.glossary).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('policy terms will not be marked'));
  });

  it('takes the glossary it is given instead of reading the file again', async () => {
    const read = vi.fn(async (p: string) => files[p]);
    const loader = createDictionaryLoader({ read, glossary: async () => [liangGao] });
    const [info] = await (await loader.get()).lookupMany(['两高']);
    expect(info?.glossary?.english).toBe(liangGao.english);
    expect(read).not.toHaveBeenCalledWith(`/data/${GLOSSARY_FILE}`);
  });
});

describe('a first run, with the list of parts the build wrote', () => {
  const bytes = new TextEncoder().encode(packed);
  const withParts: Record<string, string> = { ...files, [PARTS_PATH]: JSON.stringify(partsOf(bytes, 100)) };
  const words = ['环境', '環境', '行', '着', '台', '臺', '两高', '碳达峰', '㐅', '中和', 'abc', '車'];

  it('answers from the byte ranges a lookup needs, during the fill the same as after it', async () => {
    const idb = new IDBFactory();
    const ranges: [number | undefined, number | undefined][] = [];
    const readBytes = async (path: string, start?: number, end?: number) => {
      expect(path).toBe(DICTIONARY_PATH);
      ranges.push([start, end]);
      return bytes.subarray(start, end);
    };
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let paces = 0;
    const loader = createDictionaryLoader({
      read: async (p) => withParts[p],
      readBytes,
      store: openDictionaryStore(idb),
      // The fill's first step waits until the lookups below are answered.
      pace: async () => {
        if (paces++ === 0) await held;
      },
    });
    const filling = loader.prepare();
    const dict = await loader.get();
    expect(loader.mode).toBe('parts');
    const during = await dict.lookupMany(words);
    expect(ranges.every(([start, end]) => start !== undefined && end !== undefined)).toBe(true);
    expect(ranges.length).toBeLessThan(30);
    release();
    await filling;
    // The fill read the whole file: lookups move to it in memory, with the same answers.
    expect(loader.mode).toBe('memory');
    expect(await dict.lookupMany(words)).toEqual(during);

    const whole = createDictionaryLoader({ read: async (p) => files[p] });
    expect(during).toEqual(await (await whole.get()).lookupMany(words));
    const next = createDictionaryLoader({ read: async (p) => withParts[p], store: openDictionaryStore(idb) });
    expect(await (await next.get()).lookupMany(words)).toEqual(during);
    expect(next.mode).toBe('chunks');
  });

  it('reads the file once where the browser ignores the Range header, and answers the same', async () => {
    const readBytes = vi.fn(async () => bytes);
    const loader = createDictionaryLoader({ read: async (p) => withParts[p], readBytes });
    const whole = createDictionaryLoader({ read: async (p) => files[p] });
    expect(await (await loader.get()).lookupMany(words)).toEqual(await (await whole.get()).lookupMany(words));
    expect(loader.mode).toBe('parts');
    expect(readBytes).toHaveBeenCalledTimes(1);
  });

  it('reads the whole file in memory when the parts list is damaged', async () => {
    const warn = vi.fn();
    const damaged: Record<string, string> = { ...files, [PARTS_PATH]: '{"header":1}' };
    const loader = createDictionaryLoader({ read: async (p) => damaged[p], warn });
    expect((await (await loader.get()).lookupMany(['环境']))[0]?.entries).toHaveLength(1);
    expect(loader.mode).toBe('memory');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('not a list of dictionary parts'));
  });
});
