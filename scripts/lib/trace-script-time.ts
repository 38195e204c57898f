// Script time from a Chromium trace, in thread CPU time: on a machine shared with other work, wall-clock
// figures (ScriptDuration) grow with the load, thread time far less. Used by `npm run bench:browser`.
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string; scriptName?: string; stackTrace?: { url?: string }[] } };
}

/** Events in which the renderer runs JavaScript (outermost ones are counted, nested ones are inside them). */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'FunctionCall',
  'TimerFire',
  'EventDispatch',
  'FireIdleCallback',
  'FireAnimationFrame',
  'RunMicrotasks',
  'V8.Execute',
  'v8.run',
  'v8.callFunction',
  'XHRReadyStateChange',
]);

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,v8.execute,disabled-by-default-devtools.timeline',
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
}

/** Stops the trace and sums the outermost JavaScript events of the renderer main thread(s). */
export async function stopTrace(cdp: CDPSession): Promise<ScriptTime> {
  const complete = new Promise<{ stream?: string }>((resolve) =>
    cdp.once('Tracing.tracingComplete', resolve),
  );
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  if (!stream) return { total: Number.NaN, extension: Number.NaN, byEvent: {} };
  const parsed = JSON.parse(await readStream(cdp, stream)) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const mainThreads = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || !SCRIPT_EVENTS.has(e.name) || !mainThreads.has(key)) continue;
    byThread.set(key, [...(byThread.get(key) ?? []), e]);
  }
  let total = 0;
  let extension = 0;
  const byEvent: Record<string, number> = {};
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    let end = -1;
    for (const e of list) {
      if (e.ts < end) continue; // nested in the event counted before
      end = e.ts + (e.dur ?? 0);
      const cpu = (e.tdur ?? e.dur ?? 0) / 1000;
      total += cpu;
      const url = e.args?.data?.url ?? e.args?.data?.scriptName ?? e.args?.data?.stackTrace?.[0]?.url ?? '';
      if (url.startsWith('chrome-extension://')) {
        extension += cpu;
        const key = `${e.name} ${url.replace(/^.*\//, '')}`;
        byEvent[key] = (byEvent[key] ?? 0) + cpu;
      }
    }
  }
  return { total, extension, byEvent };
}
