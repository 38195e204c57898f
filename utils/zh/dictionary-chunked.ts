/**
 * The dictionary over chunks loaded on demand (from IndexedDB in the extension): a lookup runs against the
 * chunks in hand, notes the ones it lacked, loads them and runs again. The work itself stays synchronous
 * and pure; only the loading waits. A paragraph's batch needs two or three rounds the first time, none once
 * its chunks are cached.
 */
import { createDictionaryFromSource, type Dictionary, type DictionaryOptions } from './dictionary';
import type { LineIndex } from './dictionary-index';
import { createChunkedSource, indexChunk, type PackHeader } from './dictionary-source';
import type { WordInfo } from './types';

/** What the background answers lookups with, whichever way the data is held. */
export interface AsyncDictionary {
  lookupMany(words: readonly string[]): Promise<WordInfo[]>;
  lookupAt(text: string, offset: number): Promise<WordInfo[]>;
}

/** Loads chunks by id; an id with no chunk (no headword starts with that character) maps to undefined. */
export type LoadChunks = (ids: string[]) => Promise<Map<string, string | undefined>>;

/** Rounds of loading one lookup may need: words, then their traditional forms' rows, then variant targets. */
const MAX_ROUNDS = 6;

export function lookupManyWith(dict: Dictionary, words: readonly string[]): WordInfo[] {
  const seen = new Map<string, WordInfo>();
  return words.map((word) => {
    let info = seen.get(word);
    if (!info) {
      info = dict.lookup(word);
      seen.set(word, info);
    }
    return info;
  });
}

/** The whole dictionary in memory, behind the same asynchronous face. */
export function inMemory(dict: Dictionary): AsyncDictionary {
  return {
    lookupMany: async (words) => lookupManyWith(dict, words),
    lookupAt: async (text, offset) => dict.lookupAt(text, offset),
  };
}

export function createChunkedDictionary(
  header: PackHeader,
  load: LoadChunks,
  options: DictionaryOptions = {},
): AsyncDictionary & { readonly cachedChunks: number } {
  const cache = new Map<string, LineIndex | null>();
  const missing = new Set<string>();
  const source = createChunkedSource(
    (id) => cache.get(id),
    (id) => missing.add(id),
  );
  const dict = createDictionaryFromSource(header, source, options);

  async function run<T>(work: () => T): Promise<T> {
    for (let round = 1; ; round++) {
      missing.clear();
      const result = work(); // synchronous: no other lookup can touch `missing` meanwhile
      if (missing.size === 0) return result;
      if (round >= MAX_ROUNDS) throw new Error(`Dictionary chunks still missing after ${round} rounds`);
      const ids = [...missing];
      const loaded = await load(ids);
      for (const id of ids) {
        const text = loaded.get(id);
        cache.set(id, text ? indexChunk(text) : null);
      }
    }
  }

  return {
    lookupMany: (words) => run(() => lookupManyWith(dict, words)),
    lookupAt: (text, offset) => run(() => dict.lookupAt(text, offset)),
    get cachedChunks() {
      return cache.size;
    },
  };
}
