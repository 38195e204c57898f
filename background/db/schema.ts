/**
 * The vocabulary database. Every schema version stays listed here for good: Dexie replays them in
 * order, so a profile last opened by any older Tanci upgrades step by step and keeps every record.
 * Primary key is the compound [term+pinyin]: one record per term and reading, enforced by IndexedDB.
 */
import Dexie, { type Table, type Transaction } from 'dexie';
import type { KnownWord, LookupRecord } from '../../core/export/word-records';
import { tonelessCompact } from '../../core/pinyin/pinyin-search';
import type { ReviewCard } from '../../core/review/review-card';
import { sitesOf } from './derive';
import { VOCAB_DB_NAME } from './names';
import type { StoredTerm, TermId } from './types';

export { VOCAB_DB_NAME };

export interface SchemaVersion {
  version: number;
  /** Why the version exists (kept for the next person who adds one). */
  why: string;
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<unknown>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    why: 'first release: terms keyed by term and reading, indexed for newest-first, tag and category views',
    stores: { terms: '[term+pinyin], term, createdAt, updatedAt, *tags, category' },
  },
  {
    version: 2,
    why: 'filter by site and sort by pinyin through indexes instead of scanning every context',
    stores: { terms: '[term+pinyin], term, createdAt, updatedAt, *tags, category, *sites, pinyinKey' },
    upgrade: (tx) =>
      tx
        .table('terms')
        .toCollection()
        .modify((t: StoredTerm) => {
          t.sites = sitesOf(t.contexts ?? []);
          t.pinyinKey = tonelessCompact(t.pinyin ?? '');
        }),
  },
  {
    version: 3,
    why: 'known words (when and how each became known) and lookup history (count, last time and page), by word',
    stores: { known: 'word, at', history: 'word, count, lastAt' },
  },
  {
    version: 4,
    why: "each saved term's place on the memory schedule (FSRS review), keyed like the terms; `due` finds what to review",
    stores: { reviews: '[term+pinyin], due' },
  },
];

export const VOCAB_DB_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;

export type VocabDb = Dexie & {
  terms: Table<StoredTerm, TermId>;
  known: Table<KnownWord, string>;
  history: Table<LookupRecord, string>;
  reviews: Table<ReviewCard, TermId>;
};

export interface VocabDbOptions {
  name?: string;
  /** Tests pass fake-indexeddb here; the browser's own is the default. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** Open at an older version (the upgrade test builds a version-1 database with this). */
  upToVersion?: number;
}

export function createVocabDb(opts: VocabDbOptions = {}): VocabDb {
  const db = new Dexie(opts.name ?? VOCAB_DB_NAME, {
    ...(opts.indexedDB ? { indexedDB: opts.indexedDB } : {}),
    ...(opts.IDBKeyRange ? { IDBKeyRange: opts.IDBKeyRange } : {}),
    // A saved term should survive a crash right after the click.
    chromeTransactionDurability: 'strict',
  }) as VocabDb;
  for (const v of SCHEMA_VERSIONS) {
    if (opts.upToVersion !== undefined && v.version > opts.upToVersion) break;
    const version = db.version(v.version).stores(v.stores);
    if (v.upgrade) version.upgrade(v.upgrade);
  }
  return db;
}
