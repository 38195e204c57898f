import { fillMessage } from '../../core/export/import-messages';

/**
 * The English of every storage-full error, keyed as in `public/_locales/<locale>/messages.json`. The
 * database layer stays free of the browser's i18n API, as core/export does, and its errors are logged
 * in the background in English, so the English lives here as well; a unit test keeps it identical to the
 * English locale, and the review UI's `t(error.key, error.subs)` only compiles while every key is a
 * MessageKey.
 */
export const STORAGE_FULL_MESSAGES = {
  storageFullTerm:
    '"$1" could not be saved: the browser\'s storage for Tanci is full (disk space or quota). Free some disk space, or export and delete terms you no longer need, then try again. Nothing was changed.',
  storageFullNote:
    "The note could not be saved: the browser's storage for Tanci is full (disk space or quota). Free some disk space, or export and delete terms you no longer need, then try again. Nothing was changed.",
  storageFullTags:
    "The tags could not be saved: the browser's storage for Tanci is full (disk space or quota). Free some disk space, or export and delete terms you no longer need, then try again. Nothing was changed.",
  storageFullRestore:
    "The deleted terms could not be saved: the browser's storage for Tanci is full (disk space or quota). Free some disk space, or export and delete terms you no longer need, then try again. Nothing was changed.",
  storageFullImport:
    "The import could not be saved: the browser's storage for Tanci is full (disk space or quota). Free some disk space, or export and delete terms you no longer need, then try again. Nothing was changed.",
} as const;

export type StorageFullMessageKey = keyof typeof STORAGE_FULL_MESSAGES;

/** The write the full storage refused; only saving a term names one. */
export type FailedWrite =
  | { what: 'term'; term: string }
  | { what: 'note' | 'tags' | 'restore' | 'import'; term?: undefined };

const KEYS = {
  term: 'storageFullTerm',
  note: 'storageFullNote',
  tags: 'storageFullTags',
  restore: 'storageFullRestore',
  import: 'storageFullImport',
} as const satisfies Record<FailedWrite['what'], StorageFullMessageKey>;

/**
 * The disk or the browser's storage quota is full: the write did not happen and the reader must be told.
 * `message` is English (logs, tests); `what` and `term` let an interface say the same in its own language.
 * Across the message boundary only `name` and `message` are sure to arrive (the port and the envelope carry
 * nothing else), so a page tells this error by its name.
 */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
  readonly what: FailedWrite['what'];
  readonly term: string | undefined;

  constructor(failed: FailedWrite) {
    const key = KEYS[failed.what];
    super(fillMessage(STORAGE_FULL_MESSAGES[key], failed.term === undefined ? [] : [failed.term]));
    this.what = failed.what;
    this.term = failed.term;
  }

  get key(): StorageFullMessageKey {
    return KEYS[this.what];
  }

  get subs(): readonly string[] {
    return this.term === undefined ? [] : [this.term];
  }
}

/** The English of TermGoneError, kept identical to the English locale by test/unit/background/db/storage-full.test.ts. */
export const TERM_GONE_MESSAGE = '"$1" is not saved (it may have been deleted in another window).';

/** A note or tags were set on a term that is no longer saved (deleted in another window or tab). */
export class TermGoneError extends Error {
  override name = 'TermGoneError';
  readonly key = 'termGone';
  readonly subs: readonly string[];

  constructor(term: string) {
    super(fillMessage(TERM_GONE_MESSAGE, [term]));
    this.subs = [term];
  }
}

export function isQuotaError(e: unknown): boolean {
  let err = e as { name?: string; inner?: unknown } | null | undefined;
  for (let depth = 0; err && depth < 4; depth++) {
    if (err.name === 'QuotaExceededError') return true;
    err = err.inner as typeof err;
  }
  return false;
}

/** Runs a write; a quota failure comes out as a StorageFullError naming `failed`, anything else unchanged. */
export async function guardQuota<T>(failed: FailedWrite, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (isQuotaError(e)) throw new StorageFullError(failed);
    throw e;
  }
}
