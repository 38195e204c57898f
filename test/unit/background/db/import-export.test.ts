import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { toSaved } from '@/background/db/derive';
import type { StoredTerm } from '@/background/db/types';
import type { VocabRepo } from '@/background/db/vocab-repo';
import { parseCsv, toCsv } from '@/core/export/csv';
import { parseImportFile } from '@/core/export/import';
import { parseJsonBackup, toJsonBackup } from '@/core/export/json';
import { ImportError, termKey } from '@/core/export/types';
import { plainTerm, savedTerm } from '../../core/export/arbitraries';
import { freshRepo } from './helpers';

const NOW = new Date('2026-11-28T12:00:00.000Z');
const exportAll = async (repo: VocabRepo, format: 'csv' | 'json') => {
  const terms = (await repo.all()).map(toSaved);
  return format === 'csv' ? toCsv(terms) : toJsonBackup(terms, NOW);
};

describe('export → import into a fresh store → export', () => {
  for (const format of ['json', 'csv'] as const) {
    it(`gives identical ${format.toUpperCase()} files for random terms`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.uniqueArray(savedTerm, { selector: termKey, maxLength: 8 }), async (terms) => {
          const a = freshRepo().repo;
          await a.importTerms(terms);
          const first = await exportAll(a, format);
          const b = freshRepo().repo;
          const parsed = format === 'csv' ? parseCsv(first) : parseJsonBackup(first);
          expect(await b.importTerms(parsed)).toMatchObject({ added: terms.length, merged: 0 });
          expect(await exportAll(b, format)).toBe(first);
        }),
        { numRuns: 60 },
      );
    });
  }

  it('gives identical files for 10,000 terms, and a second import changes nothing', async () => {
    const { repo } = freshRepo();
    await repo.importTerms(Array.from({ length: 10_000 }, (_, i) => plainTerm(i)));
    const json = await exportAll(repo, 'json');
    const csv = await exportAll(repo, 'csv');
    const fresh = freshRepo().repo;
    await fresh.importTerms(parseJsonBackup(json));
    expect(await exportAll(fresh, 'json')).toBe(json);
    expect(await exportAll(fresh, 'csv')).toBe(csv);
    expect(await fresh.importTerms(parseCsv(csv))).toEqual({ added: 0, merged: 0, unchanged: 10_000 });
  }, 60_000);
});

describe('import merging', () => {
  it('merges contexts, tags and notes into terms already saved, losing nothing', async () => {
    const { repo } = freshRepo();
    const mine = { ...plainTerm(1), note: 'my note', tags: ['a'] };
    await repo.importTerms([mine]);
    const theirs = {
      ...plainTerm(1),
      note: 'their note',
      tags: ['b'],
      createdAt: mine.createdAt - 10,
      contexts: [...mine.contexts, { sentence: 's', pageTitle: 't', url: 'https://x.org/', savedAt: 5 }],
    };
    expect(await repo.importTerms([theirs, plainTerm(2)])).toEqual({ added: 1, merged: 1, unchanged: 0 });
    const t = await repo.get([mine.term, mine.pinyin]);
    expect(t?.note).toBe('my note\n\ntheir note');
    expect(t?.tags).toEqual(['a', 'b']);
    expect(t?.createdAt).toBe(mine.createdAt - 10);
    expect(t?.contexts.map((c) => c.savedAt)).toEqual([5, mine.contexts[0]?.savedAt]);
  });

  it('rejects a damaged file before touching the store', async () => {
    const { repo } = freshRepo();
    await repo.importTerms([plainTerm(1)]);
    const before = await exportAll(repo, 'json');
    const csv = toCsv([plainTerm(2), plainTerm(3)]).replace('2023-', 'not-a-date-');
    expect(() => parseImportFile('list.csv', csv)).toThrowError(ImportError);
    expect(await exportAll(repo, 'json')).toBe(before);
  });

  it('writes all terms in one transaction: a failure half-way leaves the store as it was', async () => {
    const { db, repo } = freshRepo();
    await repo.importTerms([plainTerm(1)]);
    const before = await exportAll(repo, 'json');
    const real = db.terms.bulkPut.bind(db.terms);
    const spy = vi.spyOn(db.terms, 'bulkPut').mockImplementation((async (items: StoredTerm[]) => {
      await real(items);
      throw Object.assign(new Error('disk full'), { name: 'QuotaExceededError' });
    }) as never);
    await expect(repo.importTerms([plainTerm(1), plainTerm(2), plainTerm(3)])).rejects.toThrow(
      /storage for Tanci is full/,
    );
    spy.mockRestore();
    expect(await exportAll(repo, 'json')).toBe(before);
  });
});
