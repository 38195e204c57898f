import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createHistoryRepo } from '@/background/db/history-repo';
import { createKnownRepo } from '@/background/db/known-repo';
import { SCHEMA_VERSIONS, VOCAB_DB_VERSION } from '@/background/db/schema';
import { createVocabRepo } from '@/background/db/vocab-repo';
import type { SavedTerm } from '@/core/export/types';
import v1Records from '../../../fixtures/db/vocab-v1.json';
import { freshDb } from './helpers';

/** A clock the test moves by hand. */
function fakeClock(start = 1_800_000_000_000) {
  let now = start;
  return {
    now: () => now,
    advance(ms: number) {
      now += ms;
    },
  };
}

describe('schema version 3: known words and lookup history', () => {
  it('upgrades a version-2 database, keeping every term, with empty known and history tables', async () => {
    const factory = new IDBFactory();
    const old = freshDb({ upToVersion: 2 }, factory);
    await createVocabRepo(old).importTerms(v1Records as SavedTerm[]);
    expect(old.verno).toBe(2);
    old.close();

    const db = freshDb({}, factory);
    expect(VOCAB_DB_VERSION).toBeGreaterThanOrEqual(3);
    expect(SCHEMA_VERSIONS.find((v) => v.version === 3)?.stores).toEqual({
      known: 'word, at',
      history: 'word, count, lastAt',
    });
    expect(await createVocabRepo(db).count()).toBe(v1Records.length);
    expect(await db.known.count()).toBe(0);
    expect(await db.history.count()).toBe(0);
    await createKnownRepo(db).add(['双控'], 'popup');
    expect(await createKnownRepo(db).among(['双控', '两高'])).toEqual(['双控']);
  });
});

describe('known words', () => {
  it('keep the first date and source; remove takes them back; merge keeps the earlier record', async () => {
    const clock = fakeClock();
    const known = createKnownRepo(freshDb(), clock.now);
    await known.add(['双控', '两高'], 'popup');
    clock.advance(5_000);
    await known.add(['双控'], 'toolbar');
    expect(await known.all()).toEqual([
      { word: '两高', at: clock.now() - 5_000, how: 'popup' },
      { word: '双控', at: clock.now() - 5_000, how: 'popup' },
    ]);
    await known.merge([{ word: '双控', at: 1, how: 'import' }]);
    expect((await known.all()).find((k) => k.word === '双控')).toEqual({
      word: '双控',
      at: 1,
      how: 'import',
    });
    await known.remove(['两高']);
    expect(await known.among(['两高', '双控'])).toEqual(['双控']);
  });
});

describe('lookup history', () => {
  it('counts lookups with the last page, lists by count then recency, and clears', async () => {
    const clock = fakeClock();
    const history = createHistoryRepo(freshDb(), clock.now);
    const page = (n: number) => ({ url: `https://example.cn/${n}`, pageTitle: `页${n}` });
    await history.record({ word: '双控', ...page(1) });
    clock.advance(1_000);
    await history.record({ word: '两高', ...page(2) });
    clock.advance(1_000);
    const third = await history.record({ word: '双控', ...page(3) });
    expect(third).toEqual({
      word: '双控',
      count: 2,
      firstAt: clock.now() - 2_000,
      lastAt: clock.now(),
      ...page(3),
    });
    clock.advance(1_000);
    await history.record({ word: '碳汇', ...page(4) });
    expect((await history.top(10)).map((r) => r.word)).toEqual(['双控', '碳汇', '两高']);
    expect((await history.top(1)).map((r) => r.word)).toEqual(['双控']);
    await history.merge([{ word: '两高', count: 9, firstAt: 5, lastAt: 6, url: 'u', pageTitle: 't' }]);
    expect((await history.top(1))[0]).toMatchObject({ word: '两高', count: 9, firstAt: 5, ...page(2) });
    await history.clear();
    expect(await history.top(10)).toEqual([]);
  });
});
