import { type BackupWordsStore, createBackupWords } from './backup-words';
import { createHistoryRepo, type HistoryRepo } from './history-repo';
import { createKnownRepo, type KnownRepo } from './known-repo';
import { requestPersistentStorage } from './persist';
import { createVocabDb, type VocabDb } from './schema';
import { createVocabRepo, type VocabRepo } from './vocab-repo';

// One connection per context: saved terms, known words, history and review states are tables of one database.
let db: VocabDb | undefined;
/** The browser's vocabulary database: one Dexie per context, shared by every store over it. */
export function openVocabDb(): VocabDb {
  db ??= createVocabDb();
  return db;
}

/** The browser's own vocabulary store, with persistent storage asked for once per opening. */
export function openVocabRepo(): VocabRepo {
  void requestPersistentStorage();
  return createVocabRepo(openVocabDb());
}

/** Known words and lookup history, in the same database as the saved terms. */
export function openWordRepos(): { known: KnownRepo; history: HistoryRepo } {
  return { known: createKnownRepo(openVocabDb()), history: createHistoryRepo(openVocabDb()) };
}

/** What a JSON backup carries besides the terms (the vocabulary page's export and import). */
export function openBackupWords(): BackupWordsStore {
  const { known, history } = openWordRepos();
  return createBackupWords(known, history);
}
