/**
 * The spreadsheet export: one row per context a term was saved from (a term saved three times is three
 * rows with the same term columns; a term with no context is one row with empty context columns), so the
 * file sorts and filters naturally in Excel or LibreOffice and loses nothing. UTF-8 with a byte-order
 * mark (Excel then reads Chinese correctly), RFC 4180 quoting and CRLF line ends via papaparse.
 */
import { cellOf, columnIndex, readCsv, writeCsv } from './csv-rows';
import { isoTime, parseIsoTime } from './dates';
import { joinTags, splitTags } from './tags';
import { ImportError, type SavedContext, type SavedTerm, termKey } from './types';

export const CSV_COLUMNS = [
  'Term',
  'Pinyin',
  'English',
  'Category',
  'Glossary ID',
  'Tags',
  'Note',
  'Created',
  'Updated',
  'Sentence',
  'Page title',
  'URL',
  'Saved at',
] as const;
type Column = (typeof CSV_COLUMNS)[number];

function rowsOf(t: SavedTerm): string[][] {
  const head = [
    t.term,
    t.pinyin,
    t.english,
    t.category,
    t.glossaryId,
    joinTags(t.tags),
    t.note,
    isoTime(t.createdAt),
    isoTime(t.updatedAt),
  ];
  if (t.contexts.length === 0) return [[...head, '', '', '', '']];
  return t.contexts.map((c) => [...head, c.sentence, c.pageTitle, c.url, isoTime(c.savedAt)]);
}

export function toCsv(terms: readonly SavedTerm[]): string {
  return writeCsv(CSV_COLUMNS, terms.flatMap(rowsOf));
}

/**
 * Reads a Tanci CSV export back. Columns are found by their header names (any order); Term is required,
 * the others may be missing. Anything else (an unknown column, a short row, a bad date) is an ImportError
 * naming the line, and nothing is returned.
 */
export function parseCsv(text: string): SavedTerm[] {
  const rows = readCsv(text);
  const header = rows[0] ?? [];
  const index = columnIndex(header, CSV_COLUMNS);
  if (!index.has('Term')) {
    throw new ImportError('importErrorCsvNoTerm', [CSV_COLUMNS.join(', ')]);
  }

  const byKey = new Map<string, SavedTerm>();
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r] as string[];
    const csvRow = r + 1;
    if (row.length !== header.length) {
      throw new ImportError('importErrorCsvCellCount', [csvRow, row.length, header.length]);
    }
    const get = (c: Column): string => cellOf(row, index, c);
    const term = get('Term');
    if (term === '') throw new ImportError('importErrorCsvTermEmpty', [csvRow]);
    if (term.length > 64) throw new ImportError('importErrorCsvTermTooLong', [csvRow]);
    const created = get('Created');
    const updated = get('Updated');
    const savedAt = get('Saved at');
    const candidate: SavedTerm = {
      term,
      pinyin: get('Pinyin'),
      english: get('English'),
      category: get('Category'),
      glossaryId: get('Glossary ID'),
      tags: splitTags(get('Tags')),
      note: get('Note'),
      createdAt: created ? parseIsoTime(created, csvRow, 'Created') : 0,
      updatedAt: updated ? parseIsoTime(updated, csvRow, 'Updated') : 0,
      contexts: [],
    };
    const key = termKey(candidate);
    const t = byKey.get(key) ?? candidate;
    byKey.set(key, t);
    const sentence = get('Sentence');
    const pageTitle = get('Page title');
    const url = get('URL');
    if (savedAt || sentence || pageTitle || url) {
      const context: SavedContext = {
        sentence,
        pageTitle,
        url,
        savedAt: savedAt ? parseIsoTime(savedAt, csvRow, 'Saved at') : t.createdAt,
      };
      t.contexts.push(context);
    }
  }
  const terms = [...byKey.values()];
  for (const t of terms) {
    // Rows a spreadsheet re-sorted come back in time order, the order the store keeps.
    t.contexts.sort((a, b) => a.savedAt - b.savedAt);
    const first = t.contexts[0]?.savedAt;
    if (!t.createdAt) t.createdAt = first ?? 0;
    if (!t.updatedAt) t.updatedAt = t.contexts[t.contexts.length - 1]?.savedAt ?? t.createdAt;
  }
  return terms;
}
