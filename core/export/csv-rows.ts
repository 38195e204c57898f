/**
 * The spreadsheet text shared by every CSV Tanci writes and reads: UTF-8 with a byte-order mark (Excel
 * then reads Chinese correctly), RFC 4180 quoting and CRLF line ends via papaparse, and cells a
 * spreadsheet would run as a formula neutralised (and restored on reading).
 */
import Papa from 'papaparse';
import { guardFormula, unguardFormula } from './formula';
import { ImportError } from './types';

export const BOM = '\uFEFF';

export function writeCsv(header: readonly string[], rows: readonly string[][]): string {
  const lines = [[...header], ...rows.map((row) => row.map(guardFormula))].map((row) =>
    Papa.unparse([row], { newline: '\r\n', quotes: false }),
  );
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/**
 * Every row, header first, cells as written (formula guards still on: `cell` takes them off). An empty file
 * and a quoting error are ImportErrors naming the row.
 */
export function readCsv(text: string): string[][] {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  if (body.trim() === '') throw new ImportError('importErrorCsvEmpty');
  const parsed = Papa.parse<string[]>(body, { header: false, skipEmptyLines: false, delimiter: ',' });
  const rows = parsed.data;
  // A file ending in a line break yields one empty trailing row.
  const last = rows[rows.length - 1];
  if (last && last.length === 1 && last[0] === '') rows.pop();
  const fatal = parsed.errors.find((e) => e.type === 'Quotes' || e.code === 'InvalidQuotes');
  // Papaparse's own description stays in its (English) words in every interface language.
  if (fatal) throw new ImportError('importErrorCsvSyntax', [(fatal.row ?? 0) + 1, fatal.message]);
  return rows;
}

/**
 * Maps a header row onto the known columns (case and surrounding spaces ignored); an unknown or repeated
 * column is an ImportError.
 */
export function columnIndex<C extends string>(
  header: readonly string[],
  columns: readonly C[],
): Map<C, number> {
  const index = new Map<C, number>();
  header.forEach((name, i) => {
    const col = columns.find((c) => c.toLowerCase() === name.trim().toLowerCase());
    if (!col) throw new ImportError('importErrorCsvUnknownColumn', [name.slice(0, 40), columns.join(', ')]);
    if (index.has(col)) throw new ImportError('importErrorCsvDuplicateColumn', [col]);
    index.set(col, i);
  });
  return index;
}

/** One cell of a data row by column, its formula guard taken off; "" for a column the file lacks. */
export function cellOf<C extends string>(
  row: readonly string[],
  index: ReadonlyMap<C, number>,
  column: C,
): string {
  const i = index.get(column);
  return i === undefined ? '' : unguardFormula(row[i] as string);
}
