import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBackupWords } from '@/background/db/backup-words';
import { toSaved } from '@/background/db/derive';
import { createHistoryRepo } from '@/background/db/history-repo';
import { createKnownRepo } from '@/background/db/known-repo';
import { createVocabRepo } from '@/background/db/vocab-repo';
import { parseImportFile } from '@/core/export/import';
import { readJsonBackup, toJsonBackup } from '@/core/export/json';
import { termKey } from '@/core/export/types';
import { KNOWN_SOURCES, type KnownWord, type LookupRecord } from '@/core/export/word-records';
import { savedTerm } from '../../core/export/arbitraries';
import { freshDb } from './helpers';

const NOW = new Date('2026-12-04T00:00:00.000Z');
const word = fc.string({
  unit: fc.constantFrom('碳', '达', '峰', '双', '控', 'a', ' '),
  minLength: 1,
  maxLength: 8,
});
const time = fc.integer({ min: 0, max: 4_000_000_000_000 });
const knownWord: fc.Arbitrary<KnownWord> = fc.record({
  word,
  at: time,
  how: fc.constantFrom(...KNOWN_SOURCES),
});
const lookup: fc.Arbitrary<LookupRecord> = fc
  .record({
    word,
    count: fc.integer({ min: 1, max: 1_000 }),
    firstAt: time,
    span: fc.integer({ min: 0, max: 1_000_000 }),
    url: fc.webUrl(),
    pageTitle: fc.string({ maxLength: 20 }),
  })
  .map(({ span, ...r }) => ({ ...r, lastAt: r.firstAt + span }));

function stores() {
  const db = freshDb();
  const known = createKnownRepo(db);
  const history = createHistoryRepo(db);
  return { repo: createVocabRepo(db), words: createBackupWords(known, history) };
}

async function exportAll(s: ReturnType<typeof stores>): Promise<string> {
  return toJsonBackup((await s.repo.all()).map(toSaved), NOW, await s.words.read());
}

describe('JSON backup with known words and history', () => {
  it('exports, imports into a fresh store and exports the same bytes (random records)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(savedTerm, { selector: termKey, maxLength: 4 }),
        fc.uniqueArray(knownWord, { selector: (k) => k.word, maxLength: 8 }),
        fc.uniqueArray(lookup, { selector: (r) => r.word, maxLength: 8 }),
        async (terms, known, history) => {
          const a = stores();
          await a.repo.importTerms(terms);
          await a.words.merge({ known, history });
          const first = await exportAll(a);
          const parsed = parseImportFile('backup.json', first);
          expect(parsed.known).toHaveLength(known.length);
          expect(parsed.history).toHaveLength(history.length);
          const b = stores();
          await b.repo.importTerms(parsed.terms);
          await b.words.merge(parsed);
          expect(await exportAll(b)).toBe(first);
          // Importing the same backup again changes nothing (counts are not added up).
          await b.words.merge(parsed);
          expect(await exportAll(b)).toBe(first);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('reads a version-1 backup (terms only) with no known words and no history', () => {
    const v1 = JSON.stringify({
      format: 'tanci-vocab',
      version: 1,
      exportedAt: NOW.toISOString(),
      count: 0,
      terms: [],
    });
    expect(readJsonBackup(v1)).toEqual({ terms: [], known: [], history: [], reviews: [] });
  });

  it('refuses a backup whose known word has an unknown source, naming the field', () => {
    const bad = JSON.parse(
      toJsonBackup([], NOW, { known: [{ word: '双控', at: 1, how: 'popup' }], history: [] }),
    );
    bad.known[0].how = 'guess';
    expect(() => readJsonBackup(JSON.stringify(bad))).toThrow(/known\[0\]\.how/);
  });
});
