/**
 * Known words and lookup history as plain data: what the database holds, what a JSON backup carries and
 * how two copies of one word's record merge (an import into a profile that already has the word).
 */
import { array, integer, literal, object, string } from '../../protocol/validate';

/** How a word became known: the popup's Known button (or K), the toolbar popup's This page tab, an import. */
export const KNOWN_SOURCES = ['popup', 'toolbar', 'import'] as const;
export type KnownSource = (typeof KNOWN_SOURCES)[number];

export interface KnownWord {
  word: string;
  /** Milliseconds since the epoch. */
  at: number;
  how: KnownSource;
}

/** One word the reader looked up: how often, when first and last, and the page of the last time. */
export interface LookupRecord {
  word: string;
  count: number;
  firstAt: number;
  lastAt: number;
  url: string;
  pageTitle: string;
}

/** Far above any real use; stops a hostile backup from exhausting memory in the checker. */
export const BACKUP_MAX_WORDS = 200_000;

const wordField = string({ min: 1, max: 64 });

export const knownWordSchema = object({
  word: wordField,
  at: integer({ min: 0 }),
  how: literal(...KNOWN_SOURCES),
});

export const lookupRecordSchema = object({
  word: wordField,
  count: integer({ min: 1 }),
  firstAt: integer({ min: 0 }),
  lastAt: integer({ min: 0 }),
  url: string({ max: 8_192 }),
  pageTitle: string({ max: 4_000 }),
});

export const knownWordsSchema = array(knownWordSchema, { max: BACKUP_MAX_WORDS });
export const lookupRecordsSchema = array(lookupRecordSchema, { max: BACKUP_MAX_WORDS });

/** The earlier of two records of one known word wins: it says when the word really became known. */
export function mergeKnown(a: KnownWord, b: KnownWord): KnownWord {
  return b.at < a.at ? b : a;
}

/**
 * Two histories of one word: the larger count (a backup imported twice must not double it), the first
 * and the last time of either, and the page of the later.
 */
export function mergeLookup(a: LookupRecord, b: LookupRecord): LookupRecord {
  const later = b.lastAt > a.lastAt ? b : a;
  return {
    word: a.word,
    count: Math.max(a.count, b.count),
    firstAt: Math.min(a.firstAt, b.firstAt),
    lastAt: later.lastAt,
    url: later.url,
    pageTitle: later.pageTitle,
  };
}

/** Known words and history in a fixed key order, so the same records always give the same bytes. */
export function orderedKnown(k: KnownWord): KnownWord {
  return { word: k.word, at: k.at, how: k.how };
}

export function orderedLookup(r: LookupRecord): LookupRecord {
  return {
    word: r.word,
    count: r.count,
    firstAt: r.firstAt,
    lastAt: r.lastAt,
    url: r.url,
    pageTitle: r.pageTitle,
  };
}
