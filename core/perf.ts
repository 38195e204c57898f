/**
 * The benchmarks' one hook into product code, called by name: moments marked in the Performance timeline
 * (`tanci:<moment>`) and Tanci's own long tasks (`tanci:long-task` measures). `npm run bench:browser`,
 * `bench:review` and the big-pages end-to-end test read them; nothing in Tanci does, and they cost a
 * timestamp. Standard `performance` only, so every context (page, extension page, worker, Node) can call it.
 */

/** The moments a benchmark times. */
export type PerfMoment =
  | 'reader-start'
  | 'first-annotate-sent'
  | 'first-annotate-reply'
  | 'first-screen'
  | 'all-loaded';

/** Marks a moment once per document (`tanci:<moment>`); later calls leave the first mark. */
export function markMoment(moment: PerfMoment, perf: Performance = performance): void {
  const name = `tanci:${moment}`;
  if (perf.getEntriesByName(name).length === 0) perf.mark(name);
}

/** A task of Tanci's that ran this long is recorded (and shows in `npm run bench:browser`). */
export const LONG_TASK_MS = 30;
export const LONG_TASK_MEASURE = 'tanci:long-task';

/**
 * Wraps a callback that runs as (part of) a task on the page's main thread, so that Tanci's own long
 * tasks can be told apart from the page's: each one over LONG_TASK_MS leaves a `performance.measure`.
 */
export function timed<A extends unknown[], R>(
  win: Window,
  name: string,
  fn: (...args: A) => R,
): (...args: A) => R {
  return (...args) => {
    const start = win.performance.now();
    try {
      return fn(...args);
    } finally {
      const duration = win.performance.now() - start;
      if (duration > LONG_TASK_MS)
        win.performance.measure(LONG_TASK_MEASURE, { start, duration, detail: name });
    }
  };
}
