/** How long the worker must go without a reader's request before deferred work starts. */
export const QUIET_MS = 3_000;

/**
 * Background work that can wait (filling IndexedDB with the dictionary after an install) runs only once the
 * worker has been quiet for a moment, so it never holds up a reader's first answer. Every message a reader
 * waits on calls `busy()`; `whenQuiet(task)` runs the task after `quietMs` without one.
 */
export function createQuietPeriod(
  quietMs: number,
  timers: {
    setTimeout: (fn: () => void, ms: number) => unknown;
    clearTimeout: (id: unknown) => void;
  } = {
    setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
    clearTimeout: (id) => globalThis.clearTimeout(id as number),
  },
) {
  const waiting: (() => void)[] = [];
  let timer: unknown = null;

  function arm(): void {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    if (waiting.length === 0) return;
    timer = timers.setTimeout(() => {
      timer = null;
      for (const task of waiting.splice(0)) task();
    }, quietMs);
  }

  return {
    /** A reader is waiting on the worker: quiet work moves back. */
    busy(): void {
      if (timer !== null) arm();
    },
    whenQuiet(task: () => void): void {
      waiting.push(task);
      arm();
    },
  };
}

export type QuietPeriod = ReturnType<typeof createQuietPeriod>;
