/** Milliseconds of work one slice may do before yielding to the page. */
export const SLICE_MS = 8;

export type IdleScheduler = (task: (timeLeft: () => number) => void) => () => void;

/**
 * Runs `task` in the page's idle time (with a timeout so that a busy page still gets read), telling it
 * how long it may keep going. Falls back to a timer where `requestIdleCallback` is missing (Safari).
 */
export function idleScheduler(win: Window & typeof globalThis = window): IdleScheduler {
  return (task) => {
    if (typeof win.requestIdleCallback === 'function') {
      const id = win.requestIdleCallback(
        (deadline) => {
          const end = win.performance.now() + Math.min(SLICE_MS, Math.max(deadline.timeRemaining(), 4));
          task(() => end - win.performance.now());
        },
        { timeout: 100 },
      );
      return () => win.cancelIdleCallback(id);
    }
    const id = win.setTimeout(() => {
      const end = win.performance.now() + SLICE_MS;
      task(() => end - win.performance.now());
    }, 1);
    return () => win.clearTimeout(id);
  };
}
