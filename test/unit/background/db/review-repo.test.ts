import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toSaved } from '@/background/db/derive';
import { createReviewRepo } from '@/background/db/review-repo';
import { VOCAB_DB_VERSION } from '@/background/db/schema';
import { createVocabRepo } from '@/background/db/vocab-repo';
import { readJsonBackup, toJsonBackup } from '@/core/export/json';
import { termKey } from '@/core/export/types';
import { GRADES } from '@/core/review/review-card';
import v1Records from '../../../fixtures/db/vocab-v1.json';
import { plainTerm, savedTerm } from '../../core/export/arbitraries';
import { freshDb, freshRepo } from './helpers';

const NOW = 1_800_000_000_000;
const DAY = 86_400_000;

function stores() {
  const { db, repo } = freshRepo();
  return { db, repo, reviews: createReviewRepo(db) };
}

describe('review states in the database (schema version 4)', () => {
  it('upgrades a version-2 database to the latest, keeping every term, with an empty review table', async () => {
    const factory = new IDBFactory();
    const old = freshDb({ upToVersion: 2 }, factory);
    await createVocabRepo(old).importTerms(v1Records as never[]);
    expect(old.verno).toBe(2);
    old.close();

    const db = freshDb({}, factory);
    expect(await createVocabRepo(db).count()).toBe(v1Records.length);
    expect(db.verno).toBe(VOCAB_DB_VERSION);
    expect(VOCAB_DB_VERSION).toBeGreaterThanOrEqual(4);
    expect(await db.reviews.count()).toBe(0);
    const reviews = createReviewRepo(db);
    const first = v1Records[0] as { term: string; pinyin: string };
    await reviews.grade([first.term, first.pinyin], 'good', 'g1', NOW);
    expect(await db.reviews.where('due').above(NOW).primaryKeys()).toEqual([[first.term, first.pinyin]]);
  });

  it('stores one state per grade, and a grade sent again with the same id is not applied twice', async () => {
    const { repo, reviews } = stores();
    await repo.importTerms([plainTerm(1)]);
    const id: [string, string] = [plainTerm(1).term, plainTerm(1).pinyin];
    const once = await reviews.grade(id, 'good', 'grade-a', NOW);
    const again = await reviews.grade(id, 'good', 'grade-a', NOW + 5);
    expect(again).toEqual(once);
    expect((await reviews.all())[0]).toMatchObject({ reps: 1, lastGradeId: 'grade-a' });
    const next = await reviews.grade(id, 'good', 'grade-b', once.due);
    expect(next.reps).toBe(2);
    expect(next.due - once.due).toBeGreaterThan(once.due - NOW);
  });

  it('refuses to grade a term that is not saved', async () => {
    const { reviews } = stores();
    await expect(reviews.grade(['无', 'wu'], 'good', 'x', NOW)).rejects.toThrow(/not saved/);
  });

  it('queues new terms, then leaves a card graded Good out until it is due', async () => {
    const { repo, reviews } = stores();
    await repo.importTerms([plainTerm(1), plainTerm(2)]);
    expect(await reviews.queue(NOW, 10)).toMatchObject({ due: 0, fresh: 2 });
    const first = (await reviews.queue(NOW, 10)).items[0];
    if (!first) throw new Error('no card');
    const graded = await reviews.grade([first.term.term, first.term.pinyin], 'good', 'x', NOW);
    const later = await reviews.queue(NOW + DAY / 2, 10);
    expect(later).toMatchObject({ due: 0, fresh: 1 });
    expect(later.items.map((it) => it.term.term)).not.toContain(first.term.term);
    expect((await reviews.queue(graded.due, 10)).due).toBe(1);
  });
});

describe('JSON backup with review states', () => {
  const gradeSeq = fc.array(fc.constantFrom(...GRADES), { maxLength: 5 });

  it('exports, imports into a fresh store and exports again to the same bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.tuple(savedTerm, gradeSeq), { selector: ([t]) => termKey(t), maxLength: 6 }),
        async (list) => {
          const a = stores();
          await a.repo.importTerms(list.map(([t]) => t));
          for (const [t, grades] of list) {
            const stored = (await a.repo.all()).find((s) => s.term === t.term);
            if (!stored) throw new Error('term not imported');
            let at = NOW;
            for (const [i, g] of grades.entries()) {
              at = (await a.reviews.grade([stored.term, stored.pinyin], g, `${i}`, at)).due;
            }
          }
          const exportAll = async (s: ReturnType<typeof stores>) =>
            toJsonBackup((await s.repo.all()).map(toSaved), new Date(NOW), {
              reviews: await s.reviews.all(),
            });
          const first = await exportAll(a);
          const parsed = readJsonBackup(first);
          // Every card the store holds (two generated terms may be one saved term, e.g. pinyin ',' and '').
          expect(parsed.reviews).toHaveLength((await a.reviews.all()).length);
          const b = stores();
          await b.repo.importTerms(parsed.terms);
          expect(await b.reviews.importCards(parsed.reviews)).toEqual({ imported: parsed.reviews.length });
          expect(await exportAll(b)).toBe(first);
          expect(await b.reviews.all()).toEqual(expect.arrayContaining(await a.reviews.all()));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps the newer history when a backup brings a card the store has, and skips cards of unsaved terms', async () => {
    const { repo, reviews } = stores();
    const t = plainTerm(3);
    await repo.importTerms([t]);
    const older = await reviews.grade([t.term, t.pinyin], 'good', 'old', NOW);
    const newer = await reviews.grade([t.term, t.pinyin], 'easy', 'new', older.due);
    const orphan = { ...older, term: '没有', pinyin: 'mei you' };
    expect(await reviews.importCards([older, orphan])).toEqual({ imported: 1 });
    expect(await reviews.all()).toEqual([newer]);
  });

  it('still reads a version-1 backup (no reviews)', () => {
    const v1 = JSON.parse(toJsonBackup([plainTerm(1)], new Date(NOW)));
    v1.version = 1;
    delete v1.reviews;
    expect(readJsonBackup(JSON.stringify(v1))).toEqual({
      terms: [plainTerm(1)],
      known: [],
      history: [],
      reviews: [],
    });
  });
});
