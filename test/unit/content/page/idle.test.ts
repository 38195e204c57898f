import { describe, expect, it } from 'vitest';
import { idleAfterFrame } from '@/content/page/idle';

/** A window whose frames and idle periods come when the test says. */
function fakeWindow() {
  const frames = new Map<number, () => void>();
  const idles = new Map<number, (deadline: { timeRemaining(): number }) => void>();
  let next = 1;
  const add = <T>(queue: Map<number, T>, cb: T) => {
    queue.set(next, cb);
    return next++;
  };
  const win = {
    performance: { now: () => 0 },
    requestAnimationFrame: (cb: () => void) => add(frames, cb),
    cancelAnimationFrame: (id: number) => frames.delete(id),
    requestIdleCallback: (cb: (d: { timeRemaining(): number }) => void) => add(idles, cb),
    cancelIdleCallback: (id: number) => idles.delete(id),
  };
  const run = (queue: Map<number, (arg: never) => void>, arg?: unknown) => {
    const due = [...queue.values()];
    queue.clear();
    for (const cb of due) cb(arg as never);
  };
  return {
    win: win as unknown as Window & typeof globalThis,
    frame: () => run(frames),
    idle: () => run(idles, { timeRemaining: () => 50 }),
  };
}

describe('idleAfterFrame', () => {
  it('runs a task in the idle time after the next frame, never in an idle period before it', () => {
    const fake = fakeWindow();
    const ran: number[] = [];
    idleAfterFrame(fake.win)(() => ran.push(1));
    fake.idle();
    expect(ran).toEqual([]);
    fake.frame();
    expect(ran).toEqual([]);
    fake.idle();
    expect(ran).toEqual([1]);
  });

  it('gives a task scheduled from a task the next frame, so one frame lays out one task’s changes', () => {
    const fake = fakeWindow();
    const schedule = idleAfterFrame(fake.win);
    const ran: number[] = [];
    schedule(() => {
      ran.push(1);
      schedule(() => ran.push(2));
    });
    fake.frame();
    fake.idle();
    fake.idle();
    expect(ran).toEqual([1]);
    fake.frame();
    fake.idle();
    expect(ran).toEqual([1, 2]);
  });

  it('cancels before and after the frame', () => {
    const fake = fakeWindow();
    const schedule = idleAfterFrame(fake.win);
    const ran: number[] = [];
    schedule(() => ran.push(1))();
    const cancel = schedule(() => ran.push(2));
    fake.frame();
    cancel();
    fake.idle();
    expect(ran).toEqual([]);
  });
});
