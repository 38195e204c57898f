/**
 * Gives the background its dictionary, once per service-worker life and only when the first lookup asks:
 * a worker woken for anything else pays nothing. When IndexedDB holds this release's chunks, lookups read
 * just the chunks they need (fast after every restart); otherwise (first run, new release, no IndexedDB)
 * this worker loads the whole packed file into memory and fills IndexedDB for the next one.
 */

import type { PublicPath } from 'wxt/browser';
import { browser } from 'wxt/browser';
import { DOMAIN_LEXICON_FILE, type LexiconEntry, parseDomainLexicon } from '@/core/segment/domain-lexicon';
import { createDictionary } from '../../core/dictionary/dictionary';
import {
  type AsyncDictionary,
  createChunkedDictionary,
  inMemory,
} from '../../core/dictionary/dictionary-chunked';
import { readPackHeader } from '../../core/dictionary/dictionary-source';
import { once } from '../../core/once';
import type { GlossaryEntry } from '../../core/types';
import type { DictionaryStore, Pace } from '../db/dictionary-store';
import { loadGlossary } from './core-loader';

export const DICTIONARY_PATH = '/data/cedict.txt';
/** The packed file's header line alone: says which release IndexedDB should hold, without reading 10 MB. */
export const DICTIONARY_VERSION_PATH = '/data/cedict-version.txt';
export const LEXICON_PATH = `/data/${DOMAIN_LEXICON_FILE}`;
const FILL_DELAY_MS = 1_500;

/** Reads a file shipped with the extension; `undefined` when it is not there. */
export type ReadPackaged = (path: string) => Promise<string | undefined>;

export interface DictionaryLoader {
  get(): Promise<AsyncDictionary>;
  /** Makes sure IndexedDB holds the shipped release (run at install and update). */
  prepare(): Promise<void>;
  /** How the current worker answers: not yet loaded, from IndexedDB chunks, or from the whole file in memory. */
  readonly mode: 'idle' | 'chunks' | 'memory';
}

export interface DictionaryLoaderDeps {
  read?: ReadPackaged;
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
  const glossary = deps.glossary ?? (() => loadGlossary((file) => read(`/data/${file}`), warn));
  let filling: Promise<void> | undefined;
  let filled = false;
  let mode: DictionaryLoader['mode'] = 'idle';

  async function readDictionary(): Promise<string> {
    const packed = await read(DICTIONARY_PATH);
    if (packed === undefined)
      throw new Error(`The dictionary file ${DICTIONARY_PATH} is missing from the build`);
    return packed;
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

  function fill(packed?: string): Promise<void> {
    if (!store || filled) return Promise.resolve();
    filling ??= (async () => {
      try {
        await store.fill(packed ?? (await readDictionary()), deps.pace);
        filled = true;
      } catch (error) {
        warn(`Could not store the dictionary in IndexedDB (${(error as Error).message}); it stays in memory`);
      } finally {
        filling = undefined;
      }
    })();
    return filling;
  }

  async function load(): Promise<AsyncDictionary> {
    const [entries, lexiconText, current] = await Promise.all([
      glossary(),
      read(LEXICON_PATH),
      storeIsCurrent(),
    ]);
    const options = { glossary: entries, lexicon: parseLexicon(lexiconText, warn) };
    const stored = store && current ? await store.release() : undefined;
    if (store && stored) {
      mode = 'chunks';
      return createChunkedDictionary(stored.header, stored.split, (ids) => store.chunks(ids), options);
    }
    const packed = await readDictionary();
    readPackHeader(packed); // a wrong file fails here, before anything is stored
    const dictionary = inMemory(createDictionary(packed, options));
    mode = 'memory';
    // The fill runs in steps behind readers' requests, and starts only after this first answer is out.
    setTimeout(() => void fill(packed), FILL_DELAY_MS);
    return dictionary;
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
