/**
 * The dictionary over chunks loaded on demand (from IndexedDB in the extension): a lookup runs against the
 * chunks in hand, notes the ones it lacked, loads them and runs again. The work itself stays synchronous
 * and pure; only the loading waits. A paragraph's batch needs two or three rounds the first time, none once
 * its chunks are cached.
 */

import type { WordInfo } from '../types';
import { createDictionaryFromSource, type Dictionary, type DictionaryOptions } from './dictionary';
import type { LineIndex } from './dictionary-index';
import { type ChunkOf, createChunkedSource, indexChunk, type PackHeader } from './dictionary-source';

/** What the background answers lookups with, whichever way the data is held. */
export interface AsyncDictionary {
  lookupMany(words: readonly string[]): Promise<WordInfo[]>;
  lookupAt(text: string, offset: number): Promise<WordInfo[]>;
}

/** Loads chunks by id; an id with no chunk (no headword starts with that character) maps to undefined. */
export type LoadChunks = (ids: string[]) => Promise<Map<string, string | undefined>>;

/** Rounds of loading one lookup may need: words, then their traditional forms' rows, then variant targets. */
const MAX_ROUNDS = 6;

/** Remembers the answers for the words a reader met recently; pages repeat their words a lot. */
export class WordCache {
  private readonly map = new Map<string, WordInfo>();
  constructor(private readonly limit = 20_000) {}
  get(word: string): WordInfo | undefined {
    return this.map.get(word);
  }
  set(word: string, info: WordInfo): void {
    if (this.map.size >= this.limit) {
      const oldest = this.map.keys().next().value;
      if (oldest !== undefined) this.map.delete(oldest);
    }
    this.map.set(word, info);
  }
}

/**
 * Looks up a batch; words already answered come from `cache` (results are shared: treat them as read-only).
 * `fresh` collects what was computed in this call, for the caller to cache once it knows it is complete.
 */
export function lookupManyWith(
  dict: Dictionary,
  words: readonly string[],
  cache?: WordCache,
  fresh?: Map<string, WordInfo>,
): WordInfo[] {
  const seen = fresh ?? new Map<string, WordInfo>();
  return words.map((word) => {
    let info = cache?.get(word) ?? seen.get(word);
    if (!info) {
      info = dict.lookup(word);
      seen.set(word, info);
    }
    return info;
  });
}

/** The whole dictionary in memory, behind the same asynchronous face. */
export function inMemory(dict: Dictionary): AsyncDictionary {
  const cache = new WordCache();
  return {
    lookupMany: async (words) => {
      const fresh = new Map<string, WordInfo>();
      const results = lookupManyWith(dict, words, cache, fresh);
      for (const [word, info] of fresh) cache.set(word, info);
      return results;
    },
    lookupAt: async (text, offset) => dict.lookupAt(text, offset),
  };
}

/**
 * `chunkOf` names the chunk a headword lives in: IndexedDB's records by first character
 * (`chunkOfSplit`), or byte ranges of the packaged file (dictionary-parts.ts).
 */
export function createChunkedDictionary(
  header: PackHeader,
  chunkOf: ChunkOf,
  load: LoadChunks,
  options: DictionaryOptions = {},
): AsyncDictionary & { readonly cachedChunks: number } {
  const cache = new Map<string, LineIndex | null>();
  const missing = new Set<string>();
  const source = createChunkedSource(
    (id) => cache.get(id),
    (id) => missing.add(id),
    chunkOf,
  );
  const dict = createDictionaryFromSource(header, source, options);

  const words = new WordCache();

  /** Loads, in one go, the chunks a batch will touch: those of every character and pair, for words and their parts. */
  async function prefetch(texts: readonly string[]): Promise<void> {
    const ids = new Set<string>();
    for (const text of texts) {
      if (words.get(text)) continue;
      for (let i = 0; i < text.length; i++) {
        for (const key of [text.charAt(i), text.slice(i, i + 2)]) {
          for (const id of [chunkOf('s', key), chunkOf('t', key)]) {
            if (id !== undefined && !cache.has(id)) ids.add(id);
          }
        }
      }
    }
    if (ids.size === 0) return;
    const list = [...ids];
    const loaded = await load(list);
    for (const id of list) {
      const text = loaded.get(id);
      cache.set(id, text ? indexChunk(text) : null);
    }
  }

  async function run<T>(work: (fresh: Map<string, WordInfo>) => T): Promise<T> {
    for (let round = 1; ; round++) {
      missing.clear();
      const fresh = new Map<string, WordInfo>();
      const result = work(fresh); // synchronous: no other lookup can touch `missing` meanwhile
      if (missing.size === 0) {
        // Only answers computed with every chunk they needed are kept.
        for (const [word, info] of fresh) words.set(word, info);
        return result;
      }
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
    lookupMany: async (batch) => {
      await prefetch(batch);
      return run((fresh) => lookupManyWith(dict, batch, words, fresh));
    },
    lookupAt: async (text, offset) => {
      // Every word that starts here lives where its first two characters do; rarer needs (a variant's
      // target, a composed gloss) load in the next round. Fewer reads for the first hover on a fresh profile.
      await prefetch([text.slice(offset, offset + 2)]);
      return run(() => dict.lookupAt(text, offset));
    },
    get cachedChunks() {
      return cache.size;
    },
  };
}
