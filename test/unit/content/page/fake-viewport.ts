import { FAR_MARGIN, NEAR_MARGIN, type ObserverFactory } from '@/content/inline-pinyin/inline-pinyin';
import type { IdleScheduler } from '@/content/page/idle';

/** Where an element is: on screen, within a screen of it, within three screens, or further away. */
export type Place = 'view' | 'near' | 'far' | 'gone';

const REACH: Record<string, Place[]> = {
  [NEAR_MARGIN]: ['view', 'near'],
  [FAR_MARGIN]: ['view', 'near', 'far'],
};

/**
 * IntersectionObservers over a made-up geometry: `where` places each element; `update()` delivers the
 * changes since the last delivery, as the browser does after a scroll (in a later task, batched).
 */
export function fakeViewport(where: (el: Element) => Place) {
  const observers = new Set<{ deliver: (all: boolean) => void; margin: string; targets: () => Element[] }>();
  const observe: ObserverFactory = (callback, rootMargin) => {
    const reach = REACH[rootMargin];
    if (!reach) throw new Error(`unexpected rootMargin ${rootMargin}`);
    const state = new Map<Element, boolean | null>();
    let queued = false;
    const observer = {
      margin: rootMargin,
      targets: () => [...state.keys()],
      deliver(all: boolean) {
        const entries: IntersectionObserverEntry[] = [];
        for (const [target, was] of state) {
          const place = where(target);
          const isIntersecting = reach.includes(place);
          if (!all && was === isIntersecting) continue;
          state.set(target, isIntersecting);
          const top = place === 'view' ? 0 : 5_000;
          entries.push({
            target,
            isIntersecting,
            boundingClientRect: { top, bottom: top + 10 } as DOMRectReadOnly,
          } as IntersectionObserverEntry);
        }
        if (entries.length > 0) callback(entries);
      },
      observe(target: Element) {
        state.set(target, null);
        if (queued) return;
        queued = true;
        setTimeout(() => {
          queued = false;
          observer.deliver(false);
        }, 0);
      },
      unobserve(target: Element) {
        state.delete(target);
      },
      disconnect() {
        state.clear();
        observers.delete(observer);
      },
    };
    observers.add(observer);
    return observer as unknown as IntersectionObserver;
  };
  return {
    observe,
    /** The elements watched now by the observers with this root margin. */
    watched(rootMargin: string): Element[] {
      return [...observers].filter((o) => o.margin === rootMargin).flatMap((o) => o.targets());
    },
    /** The reader scrolled: observers report what crossed their margins. */
    update() {
      for (const o of observers) o.deliver(false);
    },
  };
}

/** Idle slices run by hand: `step` runs one, `flush` runs them until none is left. */
export function manualIdle() {
  const tasks: { run: (timeLeft: () => number) => void }[] = [];
  let slices = 0;
  const settle = async () => {
    for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0));
  };
  const schedule: IdleScheduler = (run) => {
    const task = { run };
    tasks.push(task);
    return () => {
      const i = tasks.indexOf(task);
      if (i >= 0) tasks.splice(i, 1);
    };
  };
  /** Runs the oldest slice; with `checks`, its time runs out after that many looks at the clock. */
  async function step(checks = Number.POSITIVE_INFINITY): Promise<void> {
    const task = tasks.shift();
    if (!task) return;
    slices++;
    let left = checks;
    task.run(() => (left-- > 0 ? 1 : 0));
    await settle();
  }
  return {
    schedule,
    settle,
    step,
    async flush(checks?: number): Promise<void> {
      await settle();
      for (let i = 0; i < 10_000 && tasks.length > 0; i++) await step(checks);
    },
    get pending() {
      return tasks.length;
    },
    get slices() {
      return slices;
    },
  };
}
