// Script time from a Chromium trace, in thread CPU time: on a machine shared with other work, wall-clock
// figures (ScriptDuration) grow with the load, thread time far less. Used by `npm run bench:browser`.
import { writeFileSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';
import {
  byStart,
  cpuMs,
  isExtensionUrl,
  pageMainThreads,
  SCRIPT_EVENTS,
  scriptUrl,
  type TraceEvent,
  threadKey,
} from './trace-events';
import { LONG_TASK_MS, type LongTask, traceLongTasks } from './trace-long-tasks';

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    // toplevel: the scheduler's task events, which long tasks are; timeline.stack: the script that invalidated
    // style or layout, to tell the layouts Tanci causes from the page's own.
    categories: [
      'toplevel',
      'devtools.timeline',
      'v8.execute',
      'disabled-by-default-devtools.timeline',
      'disabled-by-default-devtools.timeline.stack',
    ].join(','),
    transferMode: 'ReturnAsStream',
    options: 'enable-sampling',
  } as never);
}

async function readStream(cdp: CDPSession, handle: string): Promise<string> {
  let text = '';
  for (;;) {
    const chunk = (await cdp.send('IO.read', { handle })) as {
      data: string;
      eof: boolean;
      base64Encoded?: boolean;
    };
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  return text;
}

export interface ScriptTime {
  /** Thread CPU ms of all JavaScript on the page's renderer main thread. */
  total: number;
  /** The part whose outermost event names an extension script (chrome-extension://). */
  extension: number;
  /** The extension's part by event name (compile, evaluate, calls). */
  byEvent: Record<string, number>;
  /** Top-level tasks over 50 ms (or the `tasksOverMs` asked for) on the page's renderer main thread. */
  longTasks: LongTask[];
}

/**
 * Stops the trace, sums the outermost JavaScript events of the page's renderer main thread(s), finds long tasks.
 * `saveAs`: also writes the raw trace there (for DevTools' Performance panel or a closer look at a long task).
 */
export async function stopTrace(
  cdp: CDPSession,
  saveAs?: string,
  tasksOverMs: number = LONG_TASK_MS,
): Promise<ScriptTime> {
  const complete = new Promise<{ stream?: string }>((resolve) =>
    cdp.once('Tracing.tracingComplete', resolve),
  );
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  if (!stream) return { total: Number.NaN, extension: Number.NaN, byEvent: {}, longTasks: [] };
  const text = await readStream(cdp, stream);
  if (saveAs) writeFileSync(saveAs, text);
  const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const mainThreads = pageMainThreads(events);
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = threadKey(e);
    if (e.ph !== 'X' || !SCRIPT_EVENTS.has(e.name) || !mainThreads.has(key)) continue;
    const list = byThread.get(key);
    if (list) list.push(e);
    else byThread.set(key, [e]);
  }
  let total = 0;
  let extension = 0;
  const byEvent: Record<string, number> = {};
  for (const list of byThread.values()) {
    list.sort(byStart);
    let end = -1;
    for (const e of list) {
      if (e.ts < end) continue; // nested in the event counted before
      end = e.ts + (e.dur ?? 0);
      const cpu = cpuMs(e);
      total += cpu;
      const url = scriptUrl(e);
      if (isExtensionUrl(url)) {
        extension += cpu;
        const key = `${e.name} ${url.replace(/^.*\//, '')}`;
        byEvent[key] = (byEvent[key] ?? 0) + cpu;
      }
    }
  }
  return { total, extension, byEvent, longTasks: traceLongTasks(events, mainThreads, tasksOverMs) };
}
