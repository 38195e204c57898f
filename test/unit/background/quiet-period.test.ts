import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQuietPeriod } from '@/background/quiet-period';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createQuietPeriod', () => {
  it('runs deferred work after a quiet moment', () => {
    const quiet = createQuietPeriod(1_000);
    const task = vi.fn();
    quiet.whenQuiet(task);
    vi.advanceTimersByTime(999);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('moves the work back while readers keep asking', () => {
    const quiet = createQuietPeriod(1_000);
    const task = vi.fn();
    quiet.whenQuiet(task);
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(600);
      quiet.busy();
    }
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs each task once, and requests with nothing waiting cost nothing', () => {
    const quiet = createQuietPeriod(1_000);
    quiet.busy();
    expect(vi.getTimerCount()).toBe(0);
    const a = vi.fn();
    const b = vi.fn();
    quiet.whenQuiet(a);
    quiet.whenQuiet(b);
    vi.advanceTimersByTime(5_000);
    quiet.busy();
    vi.advanceTimersByTime(5_000);
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});
