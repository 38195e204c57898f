/**
 * The bilingual termbase CSV memoQ, Trados MultiTerm's converter and Phrase import: one row per term with
 * the columns zh, en, pinyin, definition, example, source (language codes as headers are what their import
 * wizards map to languages). It carries those six fields only; category, status and expansion need TBX.
 */
import { cellOf, columnIndex, readCsv, writeCsv } from './csv-rows';
import { cleanTermbaseEntry, type TermbaseEntry } from './termbase';
import { ImportError } from './types';

export const TERMBASE_CSV_COLUMNS = ['zh', 'en', 'pinyin', 'definition', 'example', 'source'] as const;

export function toTermbaseCsv(entries: readonly TermbaseEntry[]): string {
  const rows = entries
    .map(cleanTermbaseEntry)
    .filter((e) => e.term)
    .map((e) => [e.term, e.english, e.pinyin, e.definition, e.example, e.source]);
  return writeCsv(TERMBASE_CSV_COLUMNS, rows);
}

/** The fields a termbase CSV holds; the rest of an entry reads back empty (and unreviewed). */
export function parseTermbaseCsv(text: string): TermbaseEntry[] {
  const rows = readCsv(text);
  const header = rows[0] ?? [];
  const index = columnIndex(header, TERMBASE_CSV_COLUMNS);
  if (!index.has('zh'))
    throw new ImportError('importErrorTermbaseCsvNoZh', [TERMBASE_CSV_COLUMNS.join(', ')]);
  return rows.slice(1).map((row, i) => {
    const csvRow = i + 2;
    if (row.length !== header.length) {
      throw new ImportError('importErrorCsvCellCount', [csvRow, row.length, header.length]);
    }
    const get = (c: (typeof TERMBASE_CSV_COLUMNS)[number]) => cellOf(row, index, c);
    const term = get('zh');
    if (term.trim() === '') throw new ImportError('importErrorTermbaseCsvZhEmpty', [csvRow]);
    return cleanTermbaseEntry({
      term,
      english: get('en'),
      pinyin: get('pinyin'),
      category: '',
      partOfSpeech: '',
      expansion: '',
      expansionEnglish: '',
      definition: get('definition'),
      example: get('example'),
      source: get('source'),
      reviewed: false,
    });
  });
}
