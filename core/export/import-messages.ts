/**
 * The English text of every import error, keyed as in `public/_locales/<locale>/messages.json`.
 * The exporters run in Node command-line tools too, which have no interface language, so the English
 * lives here as well; a unit test keeps it identical to the English locale, and the review UI's
 * `t(error.key, error.subs)` only compiles while every key is a MessageKey.
 * `$1`…`$9` are substitutions, as in the locale files.
 */
export const IMPORT_MESSAGES = {
  importErrorFileEmpty: '"$1" is empty.',
  importErrorUnknownFile:
    '"$1" is neither a Tanci JSON backup nor a Tanci CSV export, so nothing was imported.',
  importErrorCsvEmpty: 'The CSV file is empty.',
  importErrorCsvSyntax: 'CSV row $1: $2.',
  importErrorCsvUnknownColumn:
    'This CSV has a column "$1" that Tanci does not export. Expected the columns: $2.',
  importErrorCsvDuplicateColumn: 'This CSV has the column "$1" twice.',
  importErrorCsvNoTerm: 'This CSV has no "Term" column, so it is not a Tanci export. Expected: $1.',
  importErrorCsvCellCount: 'CSV row $1: has $2 cells, the header has $3.',
  importErrorCsvTermEmpty: 'CSV row $1: the Term cell is empty.',
  importErrorCsvTermTooLong: 'CSV row $1: the term is longer than 64 characters.',
  importErrorCsvBadDate: 'CSV row $1, $2: "$3" is not a date (expected e.g. 2026-11-28T13:45:00.000Z).',
  importErrorJsonInvalid: 'This file is not valid JSON ($1).',
  importErrorJsonNotBackup: 'This JSON file is not a Tanci backup (it has no "format": "tanci-vocab" field).',
  importErrorJsonNewer:
    'This backup was written by a newer Tanci (format version $1); update Tanci to import it.',
  importErrorJsonDamaged: 'This backup is damaged: $1.',
  importErrorJsonIncomplete: 'This backup is incomplete: it says $1 terms but holds $2.',
  importErrorTbxInvalid: 'This file is not valid XML ($1), so nothing was imported.',
  importErrorTbxNotTbx: 'This XML file is not a TBX termbase (it has no tbx element with a text body).',
  importErrorTbxNoChinese: 'TBX entry $1 has no Chinese term.',
  importErrorTermbaseCsvNoZh: 'This termbase CSV has no "zh" column. Expected the columns: $1.',
  importErrorTermbaseCsvZhEmpty: 'CSV row $1: the zh cell is empty.',
} as const;

export type ImportMessageKey = keyof typeof IMPORT_MESSAGES;

/** Fills `$1`…`$9` as the extension i18n API does; a value is inserted as it is, never read again. */
export function fillMessage(template: string, subs: readonly string[]): string {
  return template.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}
