import { parseCsv } from './csv';
import { type Backup, readJsonBackup } from './json';
import { ImportError } from './types';

/** Files larger than this are refused before reading (a backup of 10,000 terms is a few MB). */
export const IMPORT_MAX_BYTES = 64 * 1024 * 1024;

/**
 * Reads a file the reader chose: a Tanci JSON backup or a Tanci CSV export, told apart by content first
 * (a renamed file still imports) and by name second. A CSV file holds saved terms only. Anything else is an ImportError saying so.
 */
export function parseImportFile(name: string, text: string): Backup {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const start = body.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return readJsonBackup(body);
  const firstLine = start.split(/\r?\n/, 1)[0] ?? '';
  if (/\.csv$/i.test(name) || /^"?term"?,/i.test(firstLine))
    return { terms: parseCsv(text), known: [], history: [] };
  if (start === '') throw new ImportError('importErrorFileEmpty', [name]);
  throw new ImportError('importErrorUnknownFile', [name]);
}
