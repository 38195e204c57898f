/**
 * The service worker's scheduler (issue 15, "interactive work first"), on a fake clock: each bulk chunk
 * advances virtual time by what it "costs"; a sleep of n ms takes n real turns of the event loop, one
 * virtual millisecond each, so messages (timers here) that arrive during a chunk are handled before the
 * next one, and a handler's own awaits take a few virtual milliseconds.
 */
import { describe, expect, it } from 'vitest';
import {
  BulkCancelledError,
  bulkOwnerOf,
  createScheduler,
  type SchedulerClock,
} from '@/background/scheduler';
import { dispatchMessage, handleMessage, runInteractiveThrough } from '@/protocol/message-handler';
import { isBulkRequest } from '@/protocol/messages';

const CHUNK_MS = 10;

const turn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function fakeClock(): SchedulerClock & { t: number } {
  const clock = {
    t: 0,
    now: () => clock.t,
    sleep: async (ms: number) => {
      if (ms <= 0) return turn();
      for (let i = 0; i < ms; i++) {
        await turn();
        clock.t += 1;
      }
    },
  };
  return clock;
}

/** Bulk work of `chunks` chunks of CHUNK_MS each; `log` gets one entry per chunk run. */
function* chunks(
  clock: { t: number },
  name: string,
  count: number,
  log: string[],
  during?: (i: number) => void,
): Generator<void, string> {
  for (let i = 0; i < count; i++) {
    log.push(`${name}${i}`);
    clock.t += CHUNK_MS;
    during?.(i);
    if (i < count - 1) yield;
  }
  return name;
}

const page = (tabId: number, group?: number) =>
  bulkOwnerOf({ tab: { id: tabId }, frameId: 0, documentId: `doc-${tabId}` }, group);

describe('the background scheduler', () => {
  it('runs bulk work chunk by chunk, giving the event loop a turn between chunks', async () => {
    const clock = fakeClock();
    const s = createScheduler({ clock });
    const log: string[] = [];
    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    expect(await s.bulk(page(1), chunks(clock, 'a', 5, log))).toBe('a');
    clearInterval(ticker);
    expect(log).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
    expect(turns).toBeGreaterThanOrEqual(4);
    expect(s.pending).toBe(0);
  });

  it('an interactive request that arrives during bulk work waits at most the one chunk running', async () => {
    const clock = fakeClock();
    const s = createScheduler({ clock });
    const log: string[] = [];
    let arrivedAt = -1;
    let answeredAt = -1;
    let chunksBeforeAnswer = -1;
    // The request's message arrives while chunk 3 runs; its handler awaits three times (IndexedDB reads).
    const arrive = () => {
      arrivedAt = clock.t;
      void s.interactive(async () => {
        for (let i = 0; i < 3; i++) await turn();
        answeredAt = clock.t;
        chunksBeforeAnswer = log.length;
        return 'answer';
      });
    };
    const bulk = s.bulk(
      page(1),
      chunks(clock, 'a', 20, log, (i) => i === 3 && setTimeout(arrive, 0)),
    );
    await bulk;
    expect(log).toHaveLength(20);
    // It arrived at the end of chunk 3 and was answered before chunk 4 started.
    expect(chunksBeforeAnswer).toBe(4);
    expect(answeredAt - arrivedAt).toBeLessThanOrEqual(CHUNK_MS);
  });

  it("gives the worker's own slow work (the dictionary fill) a turn only after interactive requests and queued bulk", async () => {
    const clock = fakeClock();
    const s = createScheduler({ clock });
    const log: string[] = [];
    let release: () => void = () => {};
    const answered = s.interactive(
      () =>
        new Promise<void>((resolve) => {
          release = () => {
            log.push('answer');
            resolve();
          };
        }),
    );
    const bulk = s.bulk(page(1), chunks(clock, 'a', 2, log));
    const turned = s.turn().then(() => log.push('fill step'));
    await clock.sleep(5);
    expect(log).toEqual([]);
    release();
    await Promise.all([answered, bulk, turned]);
    expect(log).toEqual(['answer', 'a0', 'a1', 'fill step']);
    // A page going away never drops the worker's own work.
    expect(s.drop({ tabId: 1 })).toBe(0);
  });

  it('interactive requests run at once when no bulk work is queued, and pass on their result or error', async () => {
    const s = createScheduler({ clock: fakeClock() });
    expect(await s.interactive(() => 42)).toBe(42);
    await expect(s.interactive(async () => Promise.reject(new Error('nope')))).rejects.toThrow('nope');
  });

  it('nothing is starved: bulk work still finishes while interactive requests never stop', async () => {
    const clock = fakeClock();
    const s = createScheduler({ clock, maxPauseMs: 100 });
    const log: string[] = [];
    // One request that never answers keeps an interactive request in flight for good.
    void s.interactive(() => new Promise(() => undefined));
    const started: number[] = [];
    const work = chunks(clock, 'a', 5, log, () => started.push(clock.t - CHUNK_MS));
    expect(await s.bulk(page(1), work)).toBe('a');
    expect(log).toHaveLength(5);
    // Each chunk waited for the interactive request, but no longer than maxPauseMs.
    for (let i = 1; i < started.length; i++) {
      const gap = (started[i] as number) - (started[i - 1] as number) - CHUNK_MS;
      expect(gap).toBeGreaterThanOrEqual(100);
      expect(gap).toBeLessThanOrEqual(100 + CHUNK_MS);
    }
  });

  it('runs bulk jobs in the order they came, one after another', async () => {
    const clock = fakeClock();
    const s = createScheduler({ clock });
    const log: string[] = [];
    const done: string[] = [];
    const jobs = ['a', 'b', 'c'].map((name) =>
      s.bulk(page(1, name.charCodeAt(0)), chunks(clock, name, 3, log)).then((r) => done.push(r)),
    );
    await Promise.all(jobs);
    expect(log).toEqual(['a0', 'a1', 'a2', 'b0', 'b1', 'b2', 'c0', 'c1', 'c2']);
    expect(done).toEqual(['a', 'b', 'c']);
  });

  it('drops the bulk work of a closed tab, running or queued, and goes on with the other tabs', async () => {
    const clock = fakeClock();
    const s = createScheduler({ clock });
    const log: string[] = [];
    const closed = [
      s.bulk(
        page(1, 0),
        chunks(clock, 'a', 10, log, (i) => i === 2 && setTimeout(() => s.drop({ tabId: 1 }), 0)),
      ),
      s.bulk(page(1, 1), chunks(clock, 'b', 10, log)),
    ];
    const other = s.bulk(page(2, 0), chunks(clock, 'c', 2, log));
    for (const job of closed) await expect(job).rejects.toBeInstanceOf(BulkCancelledError);
    expect(await other).toBe('c');
    // Tab 1's running job stopped after the chunk during which the tab closed; its queued job never ran.
    expect(log).toEqual(['a0', 'a1', 'a2', 'c0', 'c1']);
    expect(s.pending).toBe(0);
  });

  it('cancels only the groups a page names, and only that page’s', async () => {
    const clock = fakeClock();
    const s = createScheduler({ clock });
    const log: string[] = [];
    const a = s.bulk(page(1, 7), chunks(clock, 'a', 2, log));
    const b = s.bulk(page(1, 8), chunks(clock, 'b', 2, log));
    const other = s.bulk(page(2, 8), chunks(clock, 'c', 2, log));
    expect(s.drop({ document: 'doc-1', groups: [8] })).toBe(1);
    await expect(b).rejects.toBeInstanceOf(BulkCancelledError);
    expect(await a).toBe('a');
    expect(await other).toBe('c');
    expect(log).toEqual(['a0', 'a1', 'c0', 'c1']);
    // Naming neither a tab nor a document drops nothing.
    const d = s.bulk(page(3, 1), chunks(clock, 'd', 1, log));
    expect(s.drop({ groups: [1] })).toBe(0);
    expect(await d).toBe('d');
  });

  it('a failing chunk rejects its own job only', async () => {
    const clock = fakeClock();
    const s = createScheduler({ clock });
    const log: string[] = [];
    function* failing(): Generator<void, string> {
      yield;
      throw new Error('annotator broke');
    }
    const bad = s.bulk(page(1), failing());
    const good = s.bulk(page(1), chunks(clock, 'g', 2, log));
    await expect(bad).rejects.toThrow('annotator broke');
    expect(await good).toBe('g');
  });

  it('names a sender’s document by documentId, or by tab and frame', () => {
    expect(bulkOwnerOf({ tab: { id: 4 }, frameId: 2, documentId: 'D' }, 3)).toEqual({
      tabId: 4,
      document: 'D',
      group: 3,
    });
    expect(bulkOwnerOf({ tab: { id: 4 }, frameId: 2 }).document).toBe('4:2');
  });
});

describe('the interactive gate of the message handlers', () => {
  it('runs every checked request but a bulk annotate through the gate', async () => {
    const gated: string[] = [];
    const stopGate = runInteractiveThrough(async (run) => {
      gated.push('request');
      return run();
    });
    const ext = 'tanci-test';
    const offs = [
      handleMessage('annotate', async ({ paragraphs }) => ({ paragraphs: paragraphs.map(() => []) }), ext),
      handleMessage('lookup', async () => ({ results: [] }), ext),
    ];
    const sender = { id: ext };
    try {
      await dispatchMessage('lookup', { words: ['双控'] }, sender);
      await dispatchMessage('annotate', { paragraphs: ['双控'] }, sender);
      expect(gated).toHaveLength(2);
      await dispatchMessage('annotate', { paragraphs: ['双控'], bulk: 4 }, sender);
      expect(gated).toHaveLength(2);
      expect(isBulkRequest('annotate', { paragraphs: [], bulk: 0 })).toBe(true);
      expect(isBulkRequest('lookup', { words: [], bulk: 0 })).toBe(false);
    } finally {
      for (const off of offs) off();
      stopGate();
    }
  });
});
