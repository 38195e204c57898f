import { parseCsv } from './csv';
import { parseJsonBackup } from './json';
import { parseTbx } from './tbx-read';
import { savedFromTermbase } from './termbase';
import { parseTermbaseCsv } from './termbase-csv';
import { ImportError, type SavedTerm } from './types';

/**
 * Reads a file the reader chose: a Tanci JSON backup, a Tanci CSV export, or a termbase (TBX, or the
 * termbase CSV with a zh column), told apart by content first (a renamed file still imports) and by name
 * second. Anything else is an ImportError saying so.
 */
export function parseImportFile(name: string, text: string): SavedTerm[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const start = body.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return parseJsonBackup(body);
  if (start.startsWith('<')) return parseTbx(body).map(savedFromTermbase);
  const firstLine = start.split(/\r?\n/, 1)[0] ?? '';
  if (/^"?zh"?,/i.test(firstLine)) return parseTermbaseCsv(body).map(savedFromTermbase);
  if (/\.csv$/i.test(name) || /^"?term"?,/i.test(firstLine)) return parseCsv(text);
  if (start === '') throw new ImportError('importErrorFileEmpty', [name]);
  throw new ImportError('importErrorUnknownFile', [name]);
}
