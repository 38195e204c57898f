import { ImportError } from './types';

/** ISO 8601 in UTC with milliseconds: exact for any integer millisecond time. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}

const ISO = /^\d{4,6}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;

/** `row` and `column` say where the text came from (a CSV row number and its column's header). */
export function parseIsoTime(text: string, row: number, column: string): number {
  const ms = ISO.test(text) ? Date.parse(text) : Number.NaN;
  if (!Number.isFinite(ms)) throw new ImportError('importErrorCsvBadDate', [row, column, text.slice(0, 40)]);
  return ms;
}
