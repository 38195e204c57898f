/** The disk or the browser's storage quota is full: the write did not happen and the reader must be told. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
  constructor(what: string) {
    super(
      `${what} could not be saved: the browser's storage for Tanci is full (disk space or quota). ` +
        'Free some disk space, or export and delete terms you no longer need, then try again. Nothing was changed.',
    );
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

/** Runs a write; a quota failure comes out as a StorageFullError with a message, anything else unchanged. */
export async function guardQuota<T>(what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (isQuotaError(e)) throw new StorageFullError(what);
    throw e;
  }
}
