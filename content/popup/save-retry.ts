/**
 * Saving from a page survives the background being stopped mid-save. Chrome may stop the service worker
 * at any moment (idle, update, crash); a save whose reply never came may or may not have been written.
 * Sending it again is safe because a save is idempotent: the store keys a term by its text and reading
 * and a context by its sentence and page, so the same save twice leaves one record with one context
 * (background/db/vocab-repo.ts). Errors the background sent on purpose (bad data, a full disk) are final.
 */

/** Transport failures: the message or its reply was lost, not refused. */
const LOST = [
  /Receiving end does not exist/i,
  /message port closed/i,
  /message channel (?:is )?closed/i,
  /^No response$/,
  /disconnected port/i,
];

export function isLostReply(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return LOST.some((re) => re.test(message));
}

export class SaveNotConfirmedError extends Error {
  override name = 'SaveNotConfirmedError';
}

export interface RetryOptions {
  /** Waits before each retry, in milliseconds (the worker restarts within a second or two). */
  delays?: readonly number[];
  sleep?: (ms: number) => Promise<void>;
}

/** Sends until the background answers; after the last lost reply, a clear error for the reader. */
export async function sendWithRetry<T>(send: () => Promise<T>, opts: RetryOptions = {}): Promise<T> {
  const delays = opts.delays ?? [100, 400, 1_200];
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (!isLostReply(error)) throw error;
      const wait = delays[attempt];
      if (wait === undefined) {
        throw new SaveNotConfirmedError(
          "Tanci's background did not answer, so the term may not be saved. Try again in a moment.",
        );
      }
      await sleep(wait);
    }
  }
}
