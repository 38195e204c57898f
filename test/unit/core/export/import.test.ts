import { describe, expect, it } from 'vitest';
import { toCsv } from '@/core/export/csv';
import { parseImportFile } from '@/core/export/import';
import { toJsonBackup } from '@/core/export/json';
import { ImportError } from '@/core/export/types';
import { plainTerm } from './arbitraries';

const NOW = new Date('2026-01-01T00:00:00.000Z');

describe('import file recognition', () => {
  it('reads a backup and a CSV by content, whatever the name', () => {
    const terms = [plainTerm(1), plainTerm(2)];
    expect(parseImportFile('backup.txt', toJsonBackup(terms, NOW)).terms).toEqual(terms);
    expect(parseImportFile('renamed.txt', toCsv(terms)).terms).toEqual(terms);
  });

  const good = JSON.parse(toJsonBackup([plainTerm(1)], NOW));
  it.each([
    ['notes.txt', 'hello world', /neither a Tanci JSON backup nor a Tanci CSV export/],
    ['empty.json', '', /empty/],
    ['x.json', '{"format": "tanci-vocab", ', /not valid JSON/],
    ['x.json', '[1,2,3]', /not a Tanci backup/],
    ['x.json', '{"format":"anki"}', /not a Tanci backup/],
    ['x.json', JSON.stringify({ ...good, version: 9 }), /newer Tanci/],
    ['x.json', JSON.stringify({ ...good, count: 2 }), /says 2 terms but holds 1/],
    [
      'x.json',
      JSON.stringify({ ...good, terms: [{ ...good.terms[0], createdAt: 'yesterday' }] }),
      /backup.terms\[0\].createdAt: expected an integer/,
    ],
    [
      'x.json',
      JSON.stringify({ ...good, terms: [{ ...good.terms[0], extra: 1 }] }),
      /extra: unexpected field/,
    ],
    ['x.json', JSON.stringify({ ...good, terms: [{ ...good.terms[0], term: '' }] }), /term: shorter than 1/],
  ])('rejects %s %#', (name, text, message) => {
    expect(() => parseImportFile(name, text)).toThrowError(ImportError);
    expect(() => parseImportFile(name, text)).toThrowError(message);
  });
});
