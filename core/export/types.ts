/**
 * The saved-term record as the exporters and importers see it. Plain data only, so the serialisers stay
 * pure (no Dexie, no browser) and the database layer stores exactly this shape.
 */

import { fillMessage, IMPORT_MESSAGES, type ImportMessageKey } from './import-messages';

/** One place a term was read: the sentence, the page, and when it was saved from there. */
export interface SavedContext {
  sentence: string;
  pageTitle: string;
  url: string;
  /** Milliseconds since the epoch. */
  savedAt: number;
}

export interface SavedTerm {
  term: string;
  /** Tone-marked pinyin, syllables separated by single spaces; "" when unknown. Part of the identity. */
  pinyin: string;
  english: string;
  /** Glossary category when the term is a policy term; "" otherwise. */
  category: string;
  /** The policy-glossary entry id; "" when the term is not a glossary term. */
  glossaryId: string;
  tags: string[];
  note: string;
  createdAt: number;
  updatedAt: number;
  /** Oldest first. */
  contexts: SavedContext[];
}

/**
 * A term's own fields and nothing else, in the record's order, with its own copies of the lists: what the
 * exporters write and what the database hands out (its derived index fields, `sites` and `pinyinKey`, and
 * anything else an object carries are left behind).
 */
export function savedTermOf(t: SavedTerm): SavedTerm {
  return {
    term: t.term,
    pinyin: t.pinyin,
    english: t.english,
    category: t.category,
    glossaryId: t.glossaryId,
    tags: [...t.tags],
    note: t.note,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
    contexts: t.contexts.map((c) => ({
      sentence: c.sentence,
      pageTitle: c.pageTitle,
      url: c.url,
      savedAt: c.savedAt,
    })),
  };
}

/**
 * Files larger than this are refused before reading (a backup of 10,000 terms is a few MB). Here, not in
 * import.ts, so the import button can check it without loading the readers.
 */
export const IMPORT_MAX_BYTES = 64 * 1024 * 1024;

/**
 * Raised for a file that cannot be imported; the message says what is wrong, in words a reader can act on.
 * `message` is English (logs, command-line tools); `key` and `subs` let an interface show the same words
 * in its own language.
 */
export class ImportError extends Error {
  override name = 'ImportError';
  readonly key: ImportMessageKey;
  readonly subs: readonly string[];

  constructor(key: ImportMessageKey, subs: readonly (string | number)[] = []) {
    const list = subs.map(String);
    super(fillMessage(IMPORT_MESSAGES[key], list));
    this.key = key;
    this.subs = list;
  }
}

/** The identity of a term: the same characters read the same way. */
export function termKey(t: Pick<SavedTerm, 'term' | 'pinyin'>): string {
  return `${t.term}\u0000${t.pinyin}`;
}
