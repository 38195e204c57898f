/** Every export format behind one table: the UI lists these, the tests loop over them. */

import { toAnki } from './anki';
import { toCsv } from './csv';
import { type BackupExtras, toJsonBackup } from './json';
import { toPleco } from './pleco';
import type { SavedTerm } from './types';

export type ExportFormat = 'csv' | 'anki' | 'pleco' | 'json';

export interface ExportFile {
  filename: string;
  mime: string;
  content: string;
}

export const EXPORT_FORMATS: { format: ExportFormat; label: string }[] = [
  { format: 'csv', label: 'CSV' },
  { format: 'anki', label: 'Anki' },
  { format: 'pleco', label: 'Pleco' },
  { format: 'json', label: 'JSON' },
];

function stamp(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** `extras` (known words, lookup history, review states) go into the JSON backup only; the other formats are term lists. */
export function exportTerms(
  terms: readonly SavedTerm[],
  format: ExportFormat,
  now: Date,
  extras?: BackupExtras,
): ExportFile {
  const base = `tanci-${stamp(now)}`;
  switch (format) {
    case 'csv':
      return { filename: `${base}.csv`, mime: 'text/csv;charset=utf-8', content: toCsv(terms) };
    case 'anki':
      return { filename: `${base}-anki.txt`, mime: 'text/plain;charset=utf-8', content: toAnki(terms) };
    case 'pleco':
      return { filename: `${base}-pleco.txt`, mime: 'text/plain;charset=utf-8', content: toPleco(terms) };
    case 'json':
      return {
        filename: `${base}-backup.json`,
        mime: 'application/json',
        content: toJsonBackup(terms, now, extras),
      };
  }
}

export { ImportError, type SavedContext, type SavedTerm, termKey } from './types';
