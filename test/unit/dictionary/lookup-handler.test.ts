import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerLookupHandlers } from '@/entrypoints/background/handlers/lookup';
import {
  createDictionaryLoader,
  DICTIONARY_PATH,
  GLOSSARY_PATH,
  parseGlossary,
} from '@/utils/dictionary-loader';
import { removeAllListeners } from '@/utils/messaging';
import { parseCedict } from '@/utils/zh/cedict-parse';
import { packDictionary } from '@/utils/zh/dictionary-pack';
import type { GlossaryEntry } from '@/utils/zh/types';
import { excerptText } from './excerpt';

const packed = packDictionary(parseCedict(excerptText));
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

type Reply = { res?: unknown; err?: { message: string } };

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
  it('answers a batch in order, loading the files once, on the first lookup', async () => {
    const read = vi.fn(async (path: string) =>
      path === DICTIONARY_PATH ? packed : path === GLOSSARY_PATH ? JSON.stringify([liangGao]) : undefined,
    );
    const dictionary = createDictionaryLoader(read);
    registerLookupHandlers({ dictionary });
    expect(read).not.toHaveBeenCalled();

    const reply = await send('lookup', { words: ['环境', '两高', '碳达峰', '环境'] });
    const results = (
      reply.res as {
        results: { word: string; entries: unknown[]; glossary?: GlossaryEntry; composed?: string }[];
      }
    ).results;
    expect(results.map((r) => r.word)).toEqual(['环境', '两高', '碳达峰', '环境']);
    expect(results[0]?.entries).toHaveLength(1);
    expect(results[1]?.glossary?.expansion).toBe('高耗能、高排放');
    expect(results[1]?.composed).toBeUndefined();
    expect(results[2]?.composed).toMatch(/^carbon \+ /);

    await send('lookupAt', { text: '实现碳中和', offset: 2 });
    expect(read).toHaveBeenCalledTimes(2);
    expect(dictionary.loaded).toBe(true);
  });

  it('finds the words at an offset', async () => {
    registerLookupHandlers({
      dictionary: createDictionaryLoader(async (p) => (p === DICTIONARY_PATH ? packed : undefined)),
    });
    const reply = await send('lookupAt', { text: '实现碳中和', offset: 2 });
    expect((reply.res as { results: { word: string }[] }).results.map((r) => r.word)).toEqual([
      '碳中和',
      '碳',
    ]);
  });

  it('reports a missing dictionary as an error, and tries again on the next lookup', async () => {
    let file: string | undefined;
    registerLookupHandlers({
      dictionary: createDictionaryLoader(async (p) => (p === DICTIONARY_PATH ? file : undefined)),
    });
    expect((await send('lookup', { words: ['环境'] })).err?.message).toMatch(/missing from the build/);
    file = packed;
    expect((await send('lookup', { words: ['环境'] })).res).toBeDefined();
  });

  it('rejects an oversized batch before looking anything up', async () => {
    const read = vi.fn(async () => packed);
    registerLookupHandlers({ dictionary: createDictionaryLoader(read) });
    const reply = await send('lookup', { words: Array.from({ length: 501 }, () => '环境') });
    expect(reply.err).toBeDefined();
    expect(read).not.toHaveBeenCalled();
  });
});

describe('parseGlossary', () => {
  it('keeps well-formed entries and warns about the rest', () => {
    const warn = vi.fn();
    expect(parseGlossary(JSON.stringify([liangGao, { term: 3 }, null]), warn)).toEqual([liangGao]);
    expect(warn).toHaveBeenCalledWith('glossary.json: 2 malformed entries left out');
    expect(parseGlossary('{oops', warn)).toEqual([]);
    expect(parseGlossary('{}', warn)).toEqual([]);
    expect(parseGlossary(undefined, warn)).toEqual([]);
  });
});
