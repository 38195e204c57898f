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

/**
 * Like idleScheduler, but each task waits for the next frame first: work that changes the page (inline
 * pinyin's ruby) then runs at most once between two frames, so the style and layout one frame pays for
 * covers one slice's changes. Several idle callbacks can otherwise run in one long idle period and leave
 * their changes to a single frame (a 50–100 ms layout on a long page). Where frames never come (a hidden
 * tab) the idle callback's timeout still runs the task.
 */
export function idleAfterFrame(win: Window & typeof globalThis = window): IdleScheduler {
  const idle = idleScheduler(win);
  return (task) => {
    if (typeof win.requestAnimationFrame !== 'function') return idle(task);
    let cancelIdle: (() => void) | null = null;
    const frame = win.requestAnimationFrame(() => {
      cancelIdle = idle(task);
    });
    return () => {
      win.cancelAnimationFrame(frame);
      cancelIdle?.();
    };
  };
}
