// bench:browser's verdict on issue #6's long-task budget rests on this attribution: synthetic traces pin it.
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../../../scripts/bench/trace-events';
import { traceLongTasks } from '../../../../scripts/bench/trace-long-tasks';

const EXT = 'chrome-extension://abc/reader.js';
const PAGE = 'http://127.0.0.1/app.js';
const THREADS = new Set(['1:1']);

/** A complete event from ms figures; thread time equals wall time unless given. */
const x = (name: string, at: number, wall: number, url?: string, cpu = wall): TraceEvent => ({
  name,
  ph: 'X',
  pid: 1,
  tid: 1,
  ts: at * 1000,
  dur: wall * 1000,
  tdur: cpu * 1000,
  args: url ? { data: { url } } : {},
});
const invalidate = (name: string, at: number, url?: string): TraceEvent => ({
  name,
  ph: 'I',
  pid: 1,
  tid: 1,
  ts: at * 1000,
  args: { data: url ? { stackTrace: [{ url }] } : {} },
});
const task = (at: number, wall: number, cpu = wall) =>
  x('ThreadControllerImpl::RunTask', at, wall, undefined, cpu);

describe('long tasks from a trace', () => {
  it('lists only top-level tasks over 50 ms, labelled by where their CPU went', () => {
    const tasks = traceLongTasks(
      [task(0, 40), x('Layout', 1, 38), task(100, 120), x('Layout', 101, 100), x('Paint', 202, 10)],
      THREADS,
    );
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({
      wall: 120,
      tanci: false,
      present: false,
      label: 'Layout 100, Paint 10',
    });
  });

  it('lists shorter tasks when asked, with the same attribution (how far under the budget a page stays)', () => {
    const events = [task(0, 20), x('FunctionCall', 1, 18, EXT), task(100, 40), x('Layout', 101, 30)];
    expect(traceLongTasks(events, THREADS)).toEqual([]);
    const tasks = traceLongTasks(events, THREADS, 16);
    expect(tasks.map((t) => [t.wall, t.present])).toEqual([
      [20, true],
      [40, false],
    ]);
  });

  it("counts Tanci's script once, also inside a microtask run that names no script", () => {
    const [t] = traceLongTasks(
      [
        task(0, 100),
        x('RunMicrotasks', 1, 70),
        x('FunctionCall', 2, 60, EXT),
        x('v8.compile', 3, 20, EXT),
        x('FunctionCall', 80, 10, PAGE),
      ],
      THREADS,
    );
    expect(t?.tanciScript).toBe(60);
    expect(t?.tanci).toBe(true);
    expect(t?.label).toMatch(/^FunctionCall \(Tanci\) 40, v8.compile \(Tanci\) 20/);
  });

  it("leaves the page's own long layout to the page, though Tanci's script ran in the same task", () => {
    const [t] = traceLongTasks(
      [invalidate('InvalidateLayout', 0), task(10, 200), x('FunctionCall', 11, 5, EXT), x('Layout', 20, 180)],
      THREADS,
    );
    expect(t).toMatchObject({ tanciScript: 5, tanciRender: 0, tanci: false, present: true });
  });

  it('gives Tanci the layout only its script invalidated, style changes included', () => {
    const tasks = traceLongTasks(
      [
        task(0, 5),
        x('FunctionCall', 0, 4, EXT),
        invalidate('ScheduleStyleRecalculation', 1, EXT),
        task(20, 70),
        x('UpdateLayoutTree', 21, 10),
        invalidate('InvalidateLayout', 25), // style recalc dirties layout: the recalc's source
        x('Layout', 32, 55),
      ],
      THREADS,
    );
    expect(tasks).toEqual([expect.objectContaining({ tanciRender: 65, tanci: true })]);
  });

  it('does not split layout that the page and Tanci both invalidated', () => {
    const [t] = traceLongTasks(
      [
        invalidate('InvalidateLayout', 0, EXT),
        invalidate('InvalidateLayout', 1, PAGE),
        task(10, 90),
        x('Layout', 11, 85),
      ],
      THREADS,
    );
    expect(t).toMatchObject({ tanciRender: 0, tanci: false, present: true });
  });

  it("scales Tanci's CPU to wall time by the task's own ratio on a busy machine", () => {
    // 60 ms wall, 20 ms CPU, 12 of it Tanci's: ~36 ms of the wall time, without which 24 ms is left.
    const caused = traceLongTasks([task(0, 60, 20), x('FunctionCall', 1, 30, EXT, 12)], THREADS);
    expect(caused[0]?.tanci).toBe(true);
    // 300 ms wall, 100 ms CPU, 5 of it Tanci's: 15 ms of wall time; still 285 ms without it.
    const page = traceLongTasks([task(0, 300, 100), x('FunctionCall', 1, 15, EXT, 5)], THREADS);
    expect(page[0]?.tanci).toBe(false);
  });

  it('ignores other threads', () => {
    expect(traceLongTasks([task(0, 100)], new Set(['2:2']))).toEqual([]);
  });
});
