/** The termbase formats, listed apart from their writers so a page can show the buttons without loading them. */
export type TermbaseFormat = 'tbx' | 'csv-termbase';

export const TERMBASE_FORMATS: { format: TermbaseFormat; label: string }[] = [
  { format: 'tbx', label: 'TBX' },
  { format: 'csv-termbase', label: 'Termbase CSV' },
];

export function isTermbaseFormat(value: string): value is TermbaseFormat {
  return TERMBASE_FORMATS.some((f) => f.format === value);
}
