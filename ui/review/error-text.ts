import { StorageFullError, TermGoneError } from '@/background/db/errors';
import { ImportError } from '@/core/export/types';
import { t as msg } from '@/ui/i18n';

/**
 * An import, storage-full or term-gone error in the interface language; other errors, and keys a locale lacks, keep
 * their English.
 */
export function errorText(e: unknown): string {
  if (e instanceof ImportError || e instanceof StorageFullError || e instanceof TermGoneError) {
    const text = msg(e.key, [...e.subs]);
    return text === e.key ? e.message : text;
  }
  return e instanceof Error ? e.message : String(e);
}
