/**
 * Words the reader knows, by word (every reading: a reader who knows 行 as háng is not told it again as
 * xíng). Words known by the HSK setting are a rule, not records: turning the setting down gives them back.
 */
import { type KnownSource, type KnownWord, mergeKnown } from '../../core/export/word-records';
import { guardQuota } from './errors';
import { mergeByWord } from './merge-by-word';
import type { VocabDb } from './schema';

export interface KnownRepo {
  /** Marks words known; a word known already keeps its first date and source. */
  add(words: readonly string[], how: KnownSource): Promise<void>;
  /** Forgets that words are known (Undo in the toolbar popup). */
  remove(words: readonly string[]): Promise<void>;
  /** Which of these words are known. */
  among(words: readonly string[]): Promise<string[]>;
  all(): Promise<KnownWord[]>;
  /** Merges records in (an import), keeping the earlier of two records of one word. */
  merge(records: readonly KnownWord[]): Promise<void>;
}

export function createKnownRepo(db: VocabDb, now: () => number = Date.now): KnownRepo {
  const table = db.known;
  const mergeIn = (records: readonly KnownWord[]) => mergeByWord(table, records, mergeKnown);
  return {
    add(words, how) {
      const at = now();
      return guardQuota({ what: 'term', term: words[0] ?? '' }, () =>
        db.transaction('rw', table, () => mergeIn(words.map((word) => ({ word, at, how })))),
      );
    },
    async remove(words) {
      await table.bulkDelete([...words]);
    },
    async among(words) {
      if (words.length === 0) return [];
      // A page asks about thousands of words at once: one read of every key beats thousands of index probes.
      const all = new Set((await table.toCollection().primaryKeys()) as string[]);
      return [...new Set(words)].filter((w) => all.has(w));
    },
    all: () => table.orderBy('word').toArray(),
    merge(records) {
      return guardQuota({ what: 'import' }, () => db.transaction('rw', table, () => mergeIn(records)));
    },
  };
}
