import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '@/core/export/csv';
import { parseJsonBackup, toJsonBackup } from '@/core/export/json';
import { termKey } from '@/core/export/types';
import { plainTerm, savedTerm } from './arbitraries';

const NOW = new Date('2026-11-28T12:00:00.000Z');
const uniqueTerms = (max: number) => fc.uniqueArray(savedTerm, { selector: termKey, maxLength: max });

describe('serialiser round trip (pure: export → parse → export)', () => {
  it('JSON gives identical bytes and identical terms', () => {
    fc.assert(
      fc.property(uniqueTerms(12), (terms) => {
        const first = toJsonBackup(terms, NOW);
        const back = parseJsonBackup(first);
        expect(back).toEqual(terms);
        expect(toJsonBackup(back, NOW)).toBe(first);
      }),
      { numRuns: 300 },
    );
  });

  it('CSV gives identical bytes and identical terms', () => {
    fc.assert(
      fc.property(uniqueTerms(12), (terms) => {
        const first = toCsv(terms);
        const back = parseCsv(first);
        expect(back).toEqual(terms);
        expect(toCsv(back)).toBe(first);
      }),
      { numRuns: 300 },
    );
  });

  it('holds for 10,000 terms', () => {
    const terms = Array.from({ length: 10_000 }, (_, i) => plainTerm(i));
    const csv = toCsv(terms);
    expect(toCsv(parseCsv(csv))).toBe(csv);
    const json = toJsonBackup(terms, NOW);
    expect(toJsonBackup(parseJsonBackup(json), NOW)).toBe(json);
  });
});
