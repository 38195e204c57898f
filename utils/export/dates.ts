import { ImportError } from './types';

/** ISO 8601 in UTC with milliseconds: exact for any integer millisecond time. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}

const ISO = /^\d{4,6}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;

export function parseIsoTime(text: string, where: string): number {
  const ms = ISO.test(text) ? Date.parse(text) : Number.NaN;
  if (!Number.isFinite(ms)) {
    throw new ImportError(
      `${where}: "${text.slice(0, 40)}" is not a date (expected e.g. 2026-11-28T13:45:00.000Z)`,
    );
  }
  return ms;
}
