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

/** Moments bench:browser and bench:review time; with `timed`, the benchmarks' one hook into product code. */
export type PerfMoment =
  | 'reader-start'
  | 'first-annotate-sent'
  | 'first-annotate-reply'
  | 'first-screen'
  | 'all-loaded'
  // The reader page's pdf.js and its worker ready (bench:browser's PDF row waits for it).
  | 'pdf-ready';

/** Marks a moment once per document (`tanci:<moment>`); later calls leave the first mark. */
export function markMoment(moment: PerfMoment, perf: Performance = performance): void {
  const name = `tanci:${moment}`;
  if (perf.getEntriesByName(name).length === 0) perf.mark(name);
}
