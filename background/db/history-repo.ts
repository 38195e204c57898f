/**
 * Lookup history: how often and when the reader opened each word's popup, with the last page. Kept
 * locally only; a setting turns the counting off and `clear` forgets everything.
 */
import { type LookupRecord, mergeLookup } from '../../core/export/word-records';
import { guardQuota } from './errors';
import { mergeByWord } from './merge-by-word';
import type { VocabDb } from './schema';

export interface LookupInput {
  word: string;
  url: string;
  pageTitle: string;
}

export interface HistoryRepo {
  /** Counts one lookup; answers the word's record after it. */
  record(input: LookupInput): Promise<LookupRecord>;
  /** Most looked-up first, then most recent; at most `limit` records. */
  top(limit: number): Promise<LookupRecord[]>;
  all(): Promise<LookupRecord[]>;
  merge(records: readonly LookupRecord[]): Promise<void>;
  clear(): Promise<void>;
}

/** Most looked-up first; among equal counts the most recent first, then by word (stable across runs). */
export function byCountThenRecency(a: LookupRecord, b: LookupRecord): number {
  return b.count - a.count || b.lastAt - a.lastAt || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0);
}

export function createHistoryRepo(db: VocabDb, now: () => number = Date.now): HistoryRepo {
  const table = db.history;
  return {
    record({ word, url, pageTitle }) {
      return db.transaction('rw', table, async () => {
        const at = now();
        const old = await table.get(word);
        const next: LookupRecord = old
          ? { ...old, count: old.count + 1, lastAt: at, url, pageTitle }
          : { word, count: 1, firstAt: at, lastAt: at, url, pageTitle };
        await table.put(next);
        return next;
      });
    },
    async top(limit) {
      return (await table.toArray()).sort(byCountThenRecency).slice(0, limit);
    },
    all: () => table.orderBy('word').toArray(),
    merge(records) {
      return guardQuota({ what: 'import' }, () =>
        db.transaction('rw', table, () => mergeByWord(table, records, mergeLookup)),
      );
    },
    async clear() {
      await table.clear();
    },
  };
}
