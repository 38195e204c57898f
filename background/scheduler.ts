/**
 * The service worker's one thread, shared between what a reader waits for and what can wait. Interactive
 * requests (a hover's lookup and define, a save, the toolbar popup's requests, the first viewport's and the
 * hovered paragraph's annotate) run as soon as their message arrives. Bulk work (annotating the rest of a
 * page) runs in chunks of about `chunkMs`, one at a time, and between two chunks gives the event loop a
 * turn: a message that arrived meanwhile is handled before the next chunk, and while any interactive request
 * is still being answered (it may wait on IndexedDB between its own steps) no chunk starts. So an interactive
 * request waits for at most the one chunk that was running when it arrived.
 *
 * Nothing is starved: while interactive requests keep coming, a chunk still runs every `maxPauseMs`, and bulk
 * jobs run in the order they came. A job is dropped, its promise rejected with BulkCancelledError, when its
 * page cancels it or goes away (see `drop`). Pure: the clock and the event-loop turn are passed in.
 */

export class BulkCancelledError extends Error {
  override name = 'BulkCancelledError';
}

export interface SchedulerClock {
  /** Milliseconds, monotonic. */
  now(): number;
  /** Resolves after `ms` (0: after one turn of the event loop, so waiting messages are dispatched). */
  sleep(ms: number): Promise<void>;
}

export const realClock: SchedulerClock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Whose bulk work a job is: dropped with its tab, its document, or by its group id. */
export interface BulkOwner {
  tabId?: number;
  /** One document (frame) of the tab: `sender.documentId`, or tab and frame ids where that is missing. */
  document: string;
  /** The page's id for the group, so that it can cancel it. */
  group?: number;
}

/** What a message's sender tells of where it came from (runtime.MessageSender's fields used here). */
export interface BulkSender {
  tab?: { id?: number };
  frameId?: number;
  documentId?: string;
}

/** The owner of a bulk group sent by `sender`: its tab, and its document (its frame's current page). */
export function bulkOwnerOf(sender: BulkSender, group?: number): BulkOwner {
  const tabId = sender.tab?.id;
  return {
    tabId,
    document: sender.documentId ?? `${tabId ?? 'no-tab'}:${sender.frameId ?? 0}`,
    group,
  };
}

/** A bulk job: each `next()` does one chunk of about `chunkMs`; `done` carries the result. */
export type BulkWork<T> = Iterator<unknown, T>;

interface Job {
  owner: BulkOwner;
  work: BulkWork<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** The owner of the worker's own slow work: no tab or page can drop it. */
const WORKER_OWNER: BulkOwner = { document: 'service-worker' };

export interface SchedulerOptions {
  clock?: SchedulerClock;
  /** Longest pause of bulk work while interactive requests keep it waiting (nothing is starved). */
  maxPauseMs?: number;
}

export function createScheduler({ clock = realClock, maxPauseMs = 100 }: SchedulerOptions = {}) {
  const queue: Job[] = [];
  let interactiveInFlight = 0;
  /** Resolves the bulk loop's wait when the last interactive request has been answered. */
  let wake: (() => void) | null = null;
  let running = false;

  function finishInteractive(): void {
    interactiveInFlight--;
    if (interactiveInFlight === 0) {
      wake?.();
      wake = null;
    }
  }

  /** Waits until no interactive request is in flight, or `maxPauseMs` has passed. */
  async function waitForInteractive(): Promise<void> {
    const since = clock.now();
    while (interactiveInFlight > 0 && clock.now() - since < maxPauseMs) {
      const left = maxPauseMs - (clock.now() - since);
      await Promise.race([new Promise<void>((resolve) => (wake = resolve)), clock.sleep(left)]);
    }
  }

  async function loop(): Promise<void> {
    running = true;
    try {
      while (queue.length > 0) {
        // Let messages that arrived during the last chunk be dispatched (they may be interactive).
        await clock.sleep(0);
        if (interactiveInFlight > 0) await waitForInteractive();
        const job = queue[0];
        if (!job) break;
        let step: IteratorResult<unknown, unknown>;
        try {
          step = job.work.next();
        } catch (error) {
          remove(job);
          job.reject(error);
          continue;
        }
        if (step.done) {
          remove(job);
          job.resolve(step.value);
        }
      }
    } finally {
      running = false;
    }
  }

  function remove(job: Job): boolean {
    const at = queue.indexOf(job);
    if (at < 0) return false;
    queue.splice(at, 1);
    return true;
  }

  /**
   * Drops queued bulk work: a tab's (`tabId`), a document's (`document`), or some of its groups (`groups`).
   * Returns how many jobs were dropped; each one's promise rejects with BulkCancelledError.
   */
  function drop(which: { tabId?: number; document?: string; groups?: readonly number[] }): number {
    if (which.tabId === undefined && which.document === undefined) return 0; // never everything at once
    const groups = which.groups ? new Set(which.groups) : null;
    const dropped = queue.filter(
      ({ owner }) =>
        (which.tabId === undefined || owner.tabId === which.tabId) &&
        (which.document === undefined || owner.document === which.document) &&
        (groups === null || (owner.group !== undefined && groups.has(owner.group))),
    );
    for (const job of dropped) {
      remove(job);
      job.reject(new BulkCancelledError('bulk work dropped: its page cancelled it or went away'));
    }
    return dropped.length;
  }

  /** Queues bulk work behind the jobs already queued; runs it chunk by chunk. */
  function bulk<T>(owner: BulkOwner, work: BulkWork<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      queue.push({ owner, work, resolve: resolve as (value: unknown) => void, reject });
      if (!running) void loop();
    });
  }

  return {
    drop,

    /** Runs a request a reader is waiting for now; bulk chunks wait while it is in flight. */
    async interactive<T>(run: () => T | Promise<T>): Promise<T> {
      interactiveInFlight++;
      try {
        return await run();
      } finally {
        finishInteractive();
      }
    },

    bulk,

    /**
     * Resolves when slow background work of the worker itself (the dictionary fill) may take its next
     * step: after waiting interactive requests and behind bulk jobs already queued, like a one-chunk job.
     */
    turn(): Promise<void> {
      return bulk(WORKER_OWNER, { next: () => ({ done: true, value: undefined }) });
    },

    /** Drops the bulk work of the document a message or port came from (its port closed). */
    dropSender(sender: BulkSender): number {
      return drop({ document: bulkOwnerOf(sender).document });
    },

    /** Bulk jobs waiting or running (for tests and traces). */
    get pending(): number {
      return queue.length;
    },
  };
}

export type Scheduler = ReturnType<typeof createScheduler>;
