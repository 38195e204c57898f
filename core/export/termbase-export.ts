/**
 * The two termbase files, as exportTerms makes the saved-list formats: the popup's buttons and the
 * `npm run glossary` command both come here. Kept apart from index.ts so the XML builder loads only when
 * a termbase is asked for (the formats' table is termbase-formats.ts).
 */
import type { ExportFile } from './index';
import { toTbx } from './tbx';
import type { TermbaseEntry } from './termbase';
import { toTermbaseCsv } from './termbase-csv';
import type { TermbaseFormat } from './termbase-formats';

/** `what` names the terms in the file's header ("Tanci policy glossary", "saved terms"). */
export function exportTermbase(
  entries: readonly TermbaseEntry[],
  format: TermbaseFormat,
  now: Date,
  what: string,
): ExportFile {
  const base = `tanci-termbase-${now.toISOString().slice(0, 10)}`;
  if (format === 'tbx') {
    const description = `${what}, exported by Tanci (碳词) on ${now.toISOString()}`;
    return { filename: `${base}.tbx`, mime: 'application/xml', content: toTbx(entries, description) };
  }
  return { filename: `${base}.csv`, mime: 'text/csv;charset=utf-8', content: toTermbaseCsv(entries) };
}
