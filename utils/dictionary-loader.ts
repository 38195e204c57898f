/**
 * Loads the packed dictionary and the learned glossary from the extension's own files, once per
 * service-worker life and only when the first lookup asks for them: a worker woken for anything else
 * pays nothing, and a lookup after Chrome stopped the worker reloads them here.
 */
import type { PublicPath } from 'wxt/browser';
import { createDictionary, type Dictionary } from './zh/dictionary';
import type { GlossaryEntry } from './zh/types';

export const DICTIONARY_PATH = '/data/cedict.txt';
export const GLOSSARY_PATH = '/data/glossary.json';

/** Reads a file shipped with the extension; `undefined` when it is not there. */
export type ReadPackaged = (path: string) => Promise<string | undefined>;

export interface DictionaryLoader {
  get(): Promise<Dictionary>;
  /** True once the dictionary is in memory. */
  readonly loaded: boolean;
}

export const readPackaged: ReadPackaged = async (path) => {
  try {
    const response = await fetch(browser.runtime.getURL(path as PublicPath));
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
};

/** Glossary entries that carry at least a term and its English; anything else is left out with a warning. */
export function parseGlossary(
  text: string | undefined,
  warn: (message: string) => void = console.warn,
): GlossaryEntry[] {
  if (text === undefined) return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    warn(`glossary.json is not JSON (${(error as Error).message}); looking words up without it`);
    return [];
  }
  if (!Array.isArray(data)) {
    warn('glossary.json is not an array of entries; looking words up without it');
    return [];
  }
  const entries = data.filter(
    (entry): entry is GlossaryEntry =>
      typeof entry === 'object' &&
      entry !== null &&
      typeof (entry as GlossaryEntry).term === 'string' &&
      (entry as GlossaryEntry).term.length > 0 &&
      typeof (entry as GlossaryEntry).english === 'string',
  );
  if (entries.length < data.length)
    warn(`glossary.json: ${data.length - entries.length} malformed entries left out`);
  return entries;
}

export function createDictionaryLoader(read: ReadPackaged = readPackaged): DictionaryLoader {
  let pending: Promise<Dictionary> | undefined;
  let loaded = false;

  async function load(): Promise<Dictionary> {
    const [packed, glossary] = await Promise.all([read(DICTIONARY_PATH), read(GLOSSARY_PATH)]);
    if (packed === undefined)
      throw new Error(`The dictionary file ${DICTIONARY_PATH} is missing from the build`);
    const dictionary = createDictionary(packed, { glossary: parseGlossary(glossary) });
    loaded = true;
    return dictionary;
  }

  return {
    get() {
      pending ??= load().catch((error: unknown) => {
        pending = undefined; // let the next lookup try again
        throw error;
      });
      return pending;
    },
    get loaded() {
      return loaded;
    },
  };
}
