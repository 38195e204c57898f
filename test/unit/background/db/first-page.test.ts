import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { readFirstPage } from '@/background/db/first-page';
import { createLazyVocabRepo } from '@/background/db/lazy-repo';
import { FIRST_PAGE_SCHEMA_VERSION } from '@/background/db/names';
import { createVocabDb, VOCAB_DB_VERSION } from '@/background/db/schema';
import { createVocabRepo } from '@/background/db/vocab-repo';

const NAME = 'test-vocab';

async function seeded(factory: IDBFactory, upToVersion?: number) {
  const db = createVocabDb({
    name: NAME,
    indexedDB: factory,
    IDBKeyRange,
    ...(upToVersion ? { upToVersion } : {}),
  });
  let clock = 1_800_000_000_000;
  const repo = createVocabRepo(db, () => clock);
  for (const [i, term] of ['碳达峰', '碳中和', '双控', '两高', '先立后破'].entries()) {
    clock += i === 3 ? 0 : 1_000; // 两高 saved in the same millisecond as 双控: ties keep the index order
    await repo.save({
      term,
      pinyin: `p${i}`,
      english: 'e',
      sentence: `${term}。`,
      pageTitle: 't',
      url: 'https://a.cn/',
    });
  }
  return { db, repo };
}

describe('the first page without Dexie', () => {
  it('reads what VocabRepo.recent reads, newest first', async () => {
    const factory = new IDBFactory();
    const { db, repo } = await seeded(factory);
    const expected = await repo.recent(3);
    db.close();
    expect(await readFirstPage(3, factory, NAME)).toEqual(expected);
    expect(await readFirstPage(50, factory, NAME)).toHaveLength(5);
  });

  it('never creates a database: with none yet it hands over to Dexie, which then creates it as usual', async () => {
    const factory = new IDBFactory();
    expect(await readFirstPage(15, factory, NAME)).toBeNull();
    expect((await factory.databases()).map((d) => d.name)).not.toContain(NAME);
    const { repo } = await seeded(factory);
    expect(await repo.count()).toBe(5);
  });

  it('hands over to Dexie while an older schema waits for its upgrade', async () => {
    const factory = new IDBFactory();
    const { db } = await seeded(factory, 1);
    db.close();
    expect(await readFirstPage(15, factory, NAME)).toBeNull();
  });

  it('knows the current schema version (update names.ts with a new schema version)', () => {
    expect(FIRST_PAGE_SCHEMA_VERSION).toBe(VOCAB_DB_VERSION);
  });
});

describe('the lazy repository', () => {
  it('shows the first page without loading Dexie, and loads it once for everything else', async () => {
    const factory = new IDBFactory();
    const { db, repo } = await seeded(factory);
    const everything = await repo.all();
    db.close();
    const load = vi.fn(async () =>
      createVocabRepo(createVocabDb({ name: NAME, indexedDB: factory, IDBKeyRange })),
    );
    const lazy = createLazyVocabRepo(load, (limit) => readFirstPage(limit, factory, NAME));
    expect((await lazy.recent(2)).map((t) => t.term)).toEqual(['先立后破', '双控']);
    expect(load).not.toHaveBeenCalled();
    expect(await lazy.all()).toEqual(everything);
    await lazy.setNote(['碳中和', 'p1'], 'peak then neutral');
    expect((await lazy.get(['碳中和', 'p1']))?.note).toBe('peak then neutral');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('asks Dexie for the first page when the direct read cannot answer, and retries a failed load', async () => {
    const real = { recent: vi.fn(async () => []), count: vi.fn(async () => 0) };
    const load = vi.fn().mockRejectedValueOnce(new Error('chunk failed to load')).mockResolvedValue(real);
    const lazy = createLazyVocabRepo(load, async () => null);
    await expect(lazy.recent(15)).rejects.toThrow(/chunk failed/);
    expect(await lazy.recent(15)).toEqual([]);
    expect(real.recent).toHaveBeenCalledWith(15);
  });
});
