import { parseCsv } from './csv';
import { type Backup, readJsonBackup } from './json';
import { parseTbx } from './tbx-read';
import { savedFromTermbase } from './termbase';
import { parseTermbaseCsv } from './termbase-csv';
import { ImportError, type SavedTerm } from './types';

const termsOnly = (terms: SavedTerm[]): Backup => ({ terms, known: [], history: [], reviews: [] });

/**
 * Reads a file the reader chose: a Tanci JSON backup, a Tanci CSV export, or a termbase (TBX, or the
 * termbase CSV with a zh column), told apart by content first (a renamed file still imports) and by name
 * second. A CSV file or a termbase holds saved terms only.
 * Anything else is an ImportError saying so.
 */
export function parseImportFile(name: string, text: string): Backup {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const start = body.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return readJsonBackup(body);
  if (start.startsWith('<')) return termsOnly(parseTbx(body).map(savedFromTermbase));
  const firstLine = start.split(/\r?\n/, 1)[0] ?? '';
  if (/^"?zh"?,/i.test(firstLine)) return termsOnly(parseTermbaseCsv(body).map(savedFromTermbase));
  if (/\.csv$/i.test(name) || /^"?term"?,/i.test(firstLine)) return termsOnly(parseCsv(text));
  if (start === '') throw new ImportError('importErrorFileEmpty', [name]);
  throw new ImportError('importErrorUnknownFile', [name]);
}
