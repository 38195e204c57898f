import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, parseCsv, toCsv } from '@/core/export/csv';
import { ImportError, type SavedContext } from '@/core/export/types';
import { plainTerm } from './arbitraries';

describe('CSV export', () => {
  it('starts with a byte-order mark and a header, and ends rows with CRLF', () => {
    const csv = toCsv([plainTerm(1)]);
    expect(csv.startsWith('\uFEFFTerm,Pinyin,English,')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${CSV_COLUMNS.join(',')}`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes commas, quotes and line breaks per RFC 4180', () => {
    const t = { ...plainTerm(7), note: 'say "hi",\nthen go' };
    const csv = toCsv([t]);
    expect(csv).toContain('"word, ""number"" 7"');
    expect(csv).toContain('"say ""hi"",\nthen go"');
    const rows = Papa.parse<string[]>(csv.slice(1)).data;
    expect(rows[1]?.[6]).toBe('say "hi",\nthen go');
  });

  it('writes one row per context, and one row for a term without context', () => {
    const t = plainTerm(2);
    const two = {
      ...t,
      contexts: [...t.contexts, { ...(t.contexts[0] as SavedContext), savedAt: t.createdAt + 5 }],
    };
    const none = { ...plainTerm(3), contexts: [] };
    const lines = toCsv([two, none]).trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]?.endsWith(',,,')).toBe(true);
    expect(parseCsv(toCsv([two, none]))).toEqual([two, none]);
  });

  it('guards formula cells and reads them back unchanged', () => {
    const t = { ...plainTerm(4), english: '=HYPERLINK("http://evil")', note: '-1' };
    const csv = toCsv([t]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).toContain(",'-1,");
    expect(parseCsv(csv)).toEqual([t]);
  });

  it('accepts columns in another order and without the optional ones', () => {
    const terms = parseCsv('Pinyin,Term\r\ntàn zhōng hé,碳中和\r\n');
    expect(terms).toHaveLength(1);
    expect(terms[0]).toMatchObject({ term: '碳中和', pinyin: 'tàn zhōng hé', contexts: [] });
  });

  it.each([
    ['', /empty/],
    ['Word,Meaning\r\n碳,carbon\r\n', /column "Word"/],
    ['Pinyin,English\r\ntan,carbon\r\n', /no "Term" column/],
    ['Term,Pinyin\r\n碳\r\n', /row 2: has 1 cells/],
    ['Term,Pinyin\r\n,tan\r\n', /row 2: the Term cell is empty/],
    ['Term,Created\r\n碳,yesterday\r\n', /row 2, Created: "yesterday" is not a date/],
    ['Term,Term\r\n碳,碳\r\n', /twice/],
  ])('rejects %j with a message', (text, message) => {
    expect(() => parseCsv(text)).toThrowError(ImportError);
    expect(() => parseCsv(text)).toThrowError(message);
  });
});
