import { describe, expect, it } from 'vitest';
import type { IdleScheduler } from '@/content/page/idle';
import { createPageQueue } from '@/ui/document-reader/pdf-page-queue';

/** An idle scheduler run by hand: `flush()` runs what waits for idle time. */
function manualIdle(): { idle: IdleScheduler; flush: () => void; waiting: () => number } {
  let tasks: (() => void)[] = [];
  return {
    idle: (task) => {
      const run = () => task(() => 8);
      tasks.push(run);
      return () => {
        tasks = tasks.filter((t) => t !== run);
      };
    },
    flush: () => {
      const now = tasks;
      tasks = [];
      for (const t of now) t();
    },
    waiting: () => tasks.length,
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('reading a PDF’s pages lazily', () => {
  it('reads page 1 at once, then only in idle steps, one page a step, in order', async () => {
    const read: number[] = [];
    const shown: [number, string[] | null][] = [];
    const clock = manualIdle();
    createPageQueue(
      3,
      async (n) => {
        read.push(n);
        return [`page ${n}`];
      },
      (n, p) => shown.push([n, p]),
      clock.idle,
    );
    await settle();
    expect(shown).toEqual([[1, ['page 1']]]);
    expect(clock.waiting()).toBe(1);
    clock.flush();
    await settle();
    expect(read).toEqual([1, 2]);
    clock.flush();
    await settle();
    clock.flush();
    await settle();
    expect(read).toEqual([1, 2, 3]);
    expect(clock.waiting()).toBe(0);
  });

  it('reads a page that comes into view before the idle ones, and never a page twice', async () => {
    const read: number[] = [];
    const clock = manualIdle();
    const queue = createPageQueue(
      5,
      async (n) => {
        read.push(n);
        return [];
      },
      () => undefined,
      clock.idle,
    );
    queue.want(4);
    queue.want(1);
    await settle();
    await settle();
    expect(read).toEqual([1, 4]);
    queue.want(4);
    clock.flush();
    await settle();
    clock.flush();
    await settle();
    clock.flush();
    await settle();
    expect(read).toEqual([1, 4, 2, 3, 5]);
  });

  it('reports a page that failed as null and goes on; stops when asked', async () => {
    const shown: [number, string[] | null][] = [];
    const clock = manualIdle();
    const queue = createPageQueue(
      3,
      async (n) => {
        if (n === 1) throw new Error('bad page');
        return ['ok'];
      },
      (n, p) => shown.push([n, p]),
      clock.idle,
    );
    await settle();
    expect(shown).toEqual([[1, null]]);
    queue.stop();
    clock.flush();
    await settle();
    queue.want(3);
    await settle();
    expect(shown).toEqual([[1, null]]);
  });
});
