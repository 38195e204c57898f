import type { IdleScheduler } from '@/content/page/idle';

export interface PageQueue {
  /** Reads page `n` (1-based) next, before the pages read in idle time: it came into view. */
  want(n: number): void;
  stop(): void;
}

/**
 * Reads a document's pages one at a time: page 1 at once, then any page that comes into view, and the
 * rest in order in idle steps, so a long PDF shows its first page without waiting for the others and
 * is read through while the reader reads. `onPage` gets each page's paragraphs, or null if it failed.
 */
export function createPageQueue(
  count: number,
  read: (n: number) => Promise<string[]>,
  onPage: (n: number, paragraphs: string[] | null) => void,
  idle: IdleScheduler,
): PageQueue {
  const started = new Set<number>();
  const wanted: number[] = [];
  let next = 1;
  let busy = false;
  let stopped = false;
  let cancelIdle: (() => void) | null = null;

  function pick(fromIdle: boolean): number | undefined {
    for (let n = wanted.shift(); n !== undefined; n = wanted.shift()) if (!started.has(n)) return n;
    if (!fromIdle && started.size > 0) return undefined;
    while (started.has(next)) next += 1;
    return next <= count ? next : undefined;
  }

  async function pump(fromIdle: boolean): Promise<void> {
    if (busy || stopped) return;
    const n = pick(fromIdle);
    if (n === undefined) return;
    busy = true;
    started.add(n);
    let paragraphs: string[] | null;
    try {
      paragraphs = await read(n);
    } catch {
      paragraphs = null;
    }
    busy = false;
    if (stopped) return;
    onPage(n, paragraphs);
    if (wanted.length > 0) void pump(false);
    else if (started.size < count) {
      cancelIdle?.();
      cancelIdle = idle(() => void pump(true));
    }
  }

  if (count > 0) void pump(false);
  return {
    want(n) {
      if (n < 1 || n > count || started.has(n)) return;
      wanted.push(n);
      void pump(false);
    },
    stop() {
      stopped = true;
      cancelIdle?.();
    },
  };
}
