import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createVocabDb, type VocabDbOptions } from '@/background/db/schema';
import { createVocabRepo } from '@/background/db/vocab-repo';

/** A fresh in-memory IndexedDB per call, so tests never share a database. */
export function freshDb(opts: VocabDbOptions = {}, factory = new IDBFactory()) {
  return createVocabDb({ name: 'test-vocab', indexedDB: factory, IDBKeyRange, ...opts });
}

export function freshRepo(now = () => 1_800_000_000_000) {
  const db = freshDb();
  return { db, repo: createVocabRepo(db, now) };
}
