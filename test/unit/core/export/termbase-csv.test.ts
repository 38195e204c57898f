import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseImportFile } from '@/core/export/import';
import { cleanTermbaseEntry, type TermbaseEntry, termbaseFromGlossary } from '@/core/export/termbase';
import { parseTermbaseCsv, TERMBASE_CSV_COLUMNS, toTermbaseCsv } from '@/core/export/termbase-csv';
import { exportTermbase } from '@/core/export/termbase-export';
import { ImportError } from '@/core/export/types';
import { parseGlossary } from '@/core/glossary/glossary-file';
import { messyText } from './arbitraries';

const glossary = parseGlossary(readFileSync('public/data/glossary.json', 'utf8'));

/** What the six columns hold of an entry; the rest reads back empty. */
function sixColumns(e: TermbaseEntry): TermbaseEntry {
  const c = cleanTermbaseEntry(e);
  return {
    ...c,
    category: '',
    partOfSpeech: '',
    expansion: '',
    expansionEnglish: '',
    reviewed: false,
  };
}

const sixBlank: TermbaseEntry = {
  term: 'x',
  pinyin: '',
  english: '',
  category: '',
  partOfSpeech: '',
  expansion: '',
  expansionEnglish: '',
  definition: '',
  example: '',
  source: '',
  reviewed: false,
};

describe('termbase CSV', () => {
  const entries = glossary.map(termbaseFromGlossary);

  it('is UTF-8 with a BOM, the six columns, one row per term', () => {
    const csv = toTermbaseCsv(entries);
    expect(csv.startsWith('\uFEFFzh,en,pinyin,definition,example,source\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([...TERMBASE_CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(glossary.map((g) => g.term));
    expect(rows[1]).toEqual([
      glossary[0]?.term,
      glossary[0]?.english,
      glossary[0]?.pinyin,
      glossary[0]?.explanation,
      glossary[0]?.examples[0]?.sentence ?? '',
      glossary[0]?.examples[0]?.source ?? '',
    ]);
  });

  it('reads the shipped glossary back to the same six fields', () => {
    expect(parseTermbaseCsv(toTermbaseCsv(entries))).toEqual(entries.map(sixColumns));
  });

  it('round-trips hostile text: quotes, commas, line breaks, formulas', () => {
    const entry = fc.record({
      term: messyText(4).filter(
        (s) => s.trim() !== '' && cleanTermbaseEntry({ ...sixBlank, term: s }).term !== '',
      ),
      english: messyText(),
      pinyin: messyText(2),
      definition: messyText(),
      example: messyText(),
      source: messyText(3),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 5 }), (six) => {
        const full = six.map((s) => ({ ...sixBlank, ...s }));
        expect(parseTermbaseCsv(toTermbaseCsv(full))).toEqual(full.map(sixColumns));
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a file without a zh column or with an empty zh cell, naming the row', () => {
    const keyOf = (text: string) => {
      try {
        parseTermbaseCsv(text);
      } catch (e) {
        return e instanceof ImportError ? `${e.key} ${e.subs.join('|')}` : String(e);
      }
      return 'accepted';
    };
    expect(keyOf('en,pinyin\r\nx,y\r\n')).toMatch(/^importErrorTermbaseCsvNoZh/);
    expect(keyOf('zh,en\r\n碳汇,carbon sink\r\n,x\r\n')).toBe('importErrorTermbaseCsvZhEmpty 3');
    expect(keyOf('zh,en,colour\r\n')).toMatch(/^importErrorCsvUnknownColumn colour/);
    expect(keyOf('zh,en\r\n碳汇\r\n')).toBe('importErrorCsvCellCount 2|1|2');
  });

  it('imports into the saved list through the one import entry', () => {
    const file = exportTermbase(entries.slice(0, 3), 'csv-termbase', new Date(0), 'x');
    expect(file.filename).toBe('tanci-termbase-1970-01-01.csv');
    const saved = parseImportFile(file.filename, file.content).terms;
    expect(saved.map((t) => [t.term, t.english, t.pinyin])).toEqual(
      entries.slice(0, 3).map((e) => [e.term, e.english, e.pinyin]),
    );
  });
});
