import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { VOCAB_DB_VERSION } from '@/background/db/schema';
import { createVocabRepo } from '@/background/db/vocab-repo';
import type { SavedTerm } from '@/core/export/types';
import v1Records from '../../../fixtures/db/vocab-v1.json';
import { freshDb } from './helpers';

describe('schema upgrades', () => {
  it('opens a version-1 database at the latest version, keeping every record and filling the new indexes', async () => {
    const factory = new IDBFactory();
    const old = freshDb({ upToVersion: 1 }, factory);
    await old.terms.bulkAdd(v1Records as never[]);
    expect(old.verno).toBe(1);
    old.close();

    const db = freshDb({}, factory);
    const repo = createVocabRepo(db);
    const all = await repo.all();
    expect(db.verno).toBe(VOCAB_DB_VERSION);
    expect(VOCAB_DB_VERSION).toBeGreaterThanOrEqual(2);
    expect(all).toHaveLength(v1Records.length);
    for (const record of v1Records as SavedTerm[]) {
      const found = all.find((t) => t.term === record.term);
      expect(found).toMatchObject(record);
    }
    // Version 2's indexes answer queries over the upgraded records.
    expect(await db.terms.where('sites').equals('www.mee.gov.cn').primaryKeys()).toEqual([
      ['碳达峰', 'tàn dá fēng'],
    ]);
    expect(await db.terms.orderBy('pinyinKey').keys()).toEqual(
      ['liang gao', 'lvse', 'tandafeng'].map((k) => k.replace(' ', '')),
    );
  });
});
