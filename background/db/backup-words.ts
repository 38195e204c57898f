/** Known words and lookup history as a JSON backup reads and writes them, alongside the saved terms. */
import type { BackupWords } from '../../core/export/json';
import { once } from '../../core/once';
import type { HistoryRepo } from './history-repo';
import type { KnownRepo } from './known-repo';

export interface BackupWordsStore {
  read(): Promise<BackupWords>;
  /** Merges a backup's records in: the earlier date of a known word, the larger count of a lookup. */
  merge(words: BackupWords): Promise<void>;
}

export function createBackupWords(known: KnownRepo, history: HistoryRepo): BackupWordsStore {
  return {
    async read() {
      const [k, h] = await Promise.all([known.all(), history.all()]);
      return { known: k, history: h };
    },
    async merge(words) {
      if (words.known.length) await known.merge(words.known);
      if (words.history.length) await history.merge(words.history);
    },
  };
}

/** The same store, its Dexie half loaded on first use (extension pages' first screen needs none of it). */
export function createLazyBackupWords(
  load: () => Promise<BackupWordsStore> = () => import('./open').then((m) => m.openBackupWords()),
): BackupWordsStore {
  const store = once(load);
  return {
    read: async () => (await store()).read(),
    merge: async (words) => (await store()).merge(words),
  };
}
