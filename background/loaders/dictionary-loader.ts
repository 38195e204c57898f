/**
 * Gives the background its dictionary, once per service-worker life and only when the first lookup asks:
 * a worker woken for anything else pays nothing. When IndexedDB holds this release's
 * chunks, lookups read just the chunks they need (fast after every restart). Otherwise (first run, new
 * release, no IndexedDB) they read just the byte ranges of the packaged file they need
 * (core/dictionary/dictionary-parts.ts; reading the whole 10 MB body held the worker for about 3 s on a busy
 * machine), while the fill reads the file in pieces, in steps behind readers' requests, for IndexedDB; once it
 * has read it, this worker answers from the whole file in memory. A build without the parts list answers
 * from the whole file's bytes, searched undecoded (core/dictionary/dictionary-index.ts).
 */

import type { PublicPath } from 'wxt/browser';
import { browser } from 'wxt/browser';
import { DOMAIN_LEXICON_FILE, type LexiconEntry, parseDomainLexicon } from '@/core/segment/domain-lexicon';
import { createDictionary, type DictionaryOptions } from '../../core/dictionary/dictionary';
import {
  type AsyncDictionary,
  createChunkedDictionary,
  inMemory,
} from '../../core/dictionary/dictionary-chunked';
import {
  PARTS_FILE,
  type PackedParts,
  parseParts,
  partOf,
  partRange,
} from '../../core/dictionary/dictionary-parts';
import { chunkOfSplit, type Packed, readPackHeader } from '../../core/dictionary/dictionary-source';
import { once } from '../../core/once';
import type { GlossaryEntry } from '../../core/types';
import type { DictionaryStore, Pace } from '../db/dictionary-store';
import { loadGlossary } from './core-loader';

export const DICTIONARY_PATH = '/data/cedict.txt';
/** The packed file's header line alone: says which release IndexedDB should hold, without reading 10 MB. */
export const DICTIONARY_VERSION_PATH = '/data/cedict-version.txt';
export const LEXICON_PATH = `/data/${DOMAIN_LEXICON_FILE}`;
/** Where each part of the packed file starts (its byte ranges are read with Range requests). */
export const PARTS_PATH = `/data/${PARTS_FILE}`;
const FILL_DELAY_MS = 1_500;
/** Bytes of the packed file read per step of the fill: one 10 MB read blocked the worker for seconds. */
const FILL_READ_BYTES = 256 * 1024;

/** Reads a file shipped with the extension; `undefined` when it is not there. */
export type ReadPackaged = (path: string) => Promise<string | undefined>;

/**
 * Reads bytes [start, end) of a file shipped with the extension (the whole file when no range is given),
 * undecoded; `undefined` when it is not there.
 */
export type ReadPackagedBytes = (
  path: string,
  start?: number,
  end?: number,
) => Promise<Uint8Array | undefined>;

export interface DictionaryLoader {
  get(): Promise<AsyncDictionary>;
  /** Makes sure IndexedDB holds the shipped release (run at install and update). */
  prepare(): Promise<void>;
  /**
   * How the current worker answers: not yet loaded, from IndexedDB chunks, from byte ranges of the
   * packaged file, or from the whole file in memory.
   */
  readonly mode: 'idle' | 'chunks' | 'parts' | 'memory';
}

export interface DictionaryLoaderDeps {
  read?: ReadPackaged;
  /** How the packed dictionary's bytes are read; `read`'s text as UTF-8 when only `read` is given (tests). */
  readBytes?: ReadPackagedBytes;
  /** Where chunks persist between worker lives; leave out to keep everything in memory. */
  store?: DictionaryStore;
  warn?: (message: string) => void;
  /** The worker's glossary (createCoreLoader's getGlossary); read from the package when left out. */
  glossary?: () => Promise<GlossaryEntry[]>;
  /** Awaited between the fill's steps (the scheduler's bulk turn: readers' requests go first). */
  pace?: Pace;
}

export const readPackaged: ReadPackaged = async (path) => {
  try {
    const response = await fetch(browser.runtime.getURL(path as PublicPath));
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
};

export const readPackagedBytes: ReadPackagedBytes = async (path, start, end) => {
  const ranged = start !== undefined && end !== undefined;
  try {
    const response = await fetch(browser.runtime.getURL(path as PublicPath), {
      headers: ranged ? { Range: `bytes=${start}-${end - 1}` } : {},
    });
    if (!response.ok) return undefined;
    // A browser that ignores the Range header sends the whole file (the loader then keeps it).
    return new Uint8Array(await response.arrayBuffer());
  } catch {
    return undefined;
  }
};

/** The domain lexicon; empty (with a warning) when it is missing or malformed, so lookups still work. */
export function parseLexicon(
  text: string | undefined,
  warn: (message: string) => void = console.warn,
): LexiconEntry[] {
  if (text === undefined) return [];
  try {
    return parseDomainLexicon(text);
  } catch (error) {
    warn(`${(error as Error).message}; looking words up without the domain lexicon`);
    return [];
  }
}

export function createDictionaryLoader(deps: DictionaryLoaderDeps = {}): DictionaryLoader {
  const { read = readPackaged, store, warn = console.warn } = deps;
  const readBytes: ReadPackagedBytes =
    deps.readBytes ??
    (deps.read
      ? async (path, start, end) => {
          const text = await read(path);
          return text === undefined ? undefined : new TextEncoder().encode(text).subarray(start, end);
        }
      : readPackagedBytes);
  const glossary = deps.glossary ?? (() => loadGlossary((file) => read(`/data/${file}`), warn));
  const nextTurn: Pace = () => new Promise((resolve) => setTimeout(resolve, 0));
  const pace = deps.pace ?? nextTurn;
  let filling: Promise<void> | undefined;
  let filled = false;
  let mode: DictionaryLoader['mode'] = 'idle';
  /** Told when the fill has read the whole file: lookups answered from parts move to it in memory. */
  let onWholeFile: ((packed: Packed) => void) | undefined;

  /** The build's list of parts; undefined when it has none (or a damaged one: then the whole file is read). */
  const getParts = once(async (): Promise<PackedParts | undefined> => {
    const text = await read(PARTS_PATH);
    if (text === undefined) return undefined;
    try {
      return parseParts(text);
    } catch (error) {
      warn(`${(error as Error).message}; reading the whole dictionary file instead`);
      return undefined;
    }
  });

  /** The whole file, kept once a read of a range returned all of it (a browser without Range support). */
  let whole: Uint8Array | undefined;
  /** The first ranged read: the others wait for it, so a browser without Range support reads the file once. */
  let firstRange: Promise<unknown> | undefined;
  let rangesHonoured = false;

  async function readDictionary(start?: number, end?: number): Promise<Uint8Array> {
    const ranged = start !== undefined && end !== undefined;
    if (ranged && !rangesHonoured && firstRange) await firstRange.catch(() => undefined);
    if (whole) return whole.subarray(start, end);
    const reading = readBytes(DICTIONARY_PATH, start, end);
    if (ranged) firstRange ??= reading;
    const packed = await reading;
    if (packed === undefined)
      throw new Error(`The dictionary file ${DICTIONARY_PATH} is missing from the build`);
    if (!ranged) return packed;
    if (packed.length === end - start) {
      rangesHonoured = true;
      return packed;
    }
    whole = packed;
    return packed.subarray(start, end);
  }

  /** The whole file, read in pieces with a turn for readers' requests between two. */
  async function readInPieces(size: number): Promise<Uint8Array> {
    const bytes = new Uint8Array(size);
    for (let at = 0; at < size; at += FILL_READ_BYTES) {
      await pace();
      bytes.set(await readDictionary(at, Math.min(size, at + FILL_READ_BYTES)), at);
    }
    return bytes;
  }

  /** True when IndexedDB holds exactly the release this build ships. */
  async function storeIsCurrent(): Promise<boolean> {
    if (!store) return false;
    const [shipped, stored] = await Promise.all([
      read(DICTIONARY_VERSION_PATH),
      store.release().catch(() => undefined),
    ]);
    return shipped !== undefined && stored !== undefined && stored.header.line === shipped.trim();
  }

  function fill(packed?: Packed): Promise<void> {
    if (!store || filled) return Promise.resolve();
    filling ??= (async () => {
      try {
        const parts = packed === undefined ? await getParts() : undefined;
        const bytes = packed ?? (parts ? await readInPieces(parts.size) : await readDictionary());
        onWholeFile?.(bytes);
        await store.fill(bytes, pace);
        filled = true;
      } catch (error) {
        warn(`Could not store the dictionary in IndexedDB (${(error as Error).message}); it stays in memory`);
      } finally {
        filling = undefined;
      }
    })();
    return filling;
  }

  /** Lookups from the byte ranges of the packaged file that they need, each read once. */
  function fromParts(parts: PackedParts, options: DictionaryOptions): AsyncDictionary {
    const decoder = new TextDecoder();
    return createChunkedDictionary(
      readPackHeader(parts.header),
      partOf(parts),
      async (ids) => {
        const texts = await Promise.all(
          ids.map(async (id) => decoder.decode(await readDictionary(...partRange(parts, id)))),
        );
        return new Map(ids.map((id, i) => [id, texts[i]]));
      },
      options,
    );
  }

  async function load(): Promise<AsyncDictionary> {
    const [entries, lexiconText, current, parts] = await Promise.all([
      glossary(),
      read(LEXICON_PATH),
      storeIsCurrent(),
      getParts(),
    ]);
    const options = { glossary: entries, lexicon: parseLexicon(lexiconText, warn) };
    const stored = store && current ? await store.release() : undefined;
    if (store && stored) {
      mode = 'chunks';
      const chunkOf = chunkOfSplit(stored.split);
      return createChunkedDictionary(stored.header, chunkOf, (ids) => store.chunks(ids), options);
    }
    // The fill runs in steps behind readers' requests, and starts only after this first answer is out.
    if (parts) {
      mode = 'parts';
      // Parts until the fill has read the whole file (in pieces, behind readers), then the file in memory:
      // a hover on a word no earlier lookup touched no longer waits for reads.
      let answering = fromParts(parts, options);
      onWholeFile = (packed) => {
        onWholeFile = undefined;
        answering = inMemory(createDictionary(packed, options));
        mode = 'memory';
      };
      setTimeout(() => void fill(), FILL_DELAY_MS);
      return {
        lookupMany: (words) => answering.lookupMany(words),
        lookupAt: (text, offset) => answering.lookupAt(text, offset),
      };
    }
    const packed = await readDictionary();
    readPackHeader(packed); // a wrong file fails here, before anything is stored
    mode = 'memory';
    setTimeout(() => void fill(packed), FILL_DELAY_MS);
    return inMemory(createDictionary(packed, options));
  }

  return {
    get: once(load),
    async prepare() {
      if (!(await storeIsCurrent())) await fill();
    },
    get mode() {
      return mode;
    },
  };
}
