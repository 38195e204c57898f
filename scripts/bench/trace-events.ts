// The parts of a Chromium trace that `npm run bench:browser` reads, shared by its script-time and
// long-task analyses (trace-script-time.ts, trace-long-tasks.ts).

interface StackFrame {
  url?: string;
}

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: {
    name?: string;
    src_func?: string;
    chrome_mojo_event_info?: { mojo_interface_tag?: string };
    data?: {
      url?: string;
      scriptName?: string;
      stackTrace?: StackFrame[];
      frame?: string;
      processId?: number;
      frames?: { frame: string; processId: number }[];
    };
  };
}

/** Events in which the renderer runs JavaScript (outermost ones are counted, nested ones are inside them). */
export const SCRIPT_EVENTS = new Set([
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

/** The script an event runs, or (invalidations) the script on top of the stack that caused it. */
export const scriptUrl = (e: TraceEvent): string =>
  e.args?.data?.url ?? e.args?.data?.scriptName ?? e.args?.data?.stackTrace?.[0]?.url ?? '';

export const isExtensionUrl = (url: string): boolean => url.startsWith('chrome-extension://');

export const threadKey = (e: TraceEvent): string => `${e.pid}:${e.tid}`;

/** Thread CPU ms; wall time when the trace has none (thread time is off on some platforms). */
export const cpuMs = (e: TraceEvent): number => (e.tdur ?? e.dur ?? 0) / 1000;

/** Outer events first, so a walk in this order meets each parent before what it contains. */
export const byStart = (a: TraceEvent, b: TraceEvent): number => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0);

/**
 * Main threads of the traced tab's renderer. The tab's frames are named when tracing starts and again when a
 * navigation commits (it may move to another process); other renderers (the persistent context's blank tab)
 * are not the page's. All renderer main threads when the trace names no frame.
 */
export function pageMainThreads(events: TraceEvent[]): Set<string> {
  const frames = new Set<string>();
  const pids = new Set<number>();
  for (const e of events) {
    if (e.name !== 'TracingStartedInBrowser') continue;
    for (const f of e.args?.data?.frames ?? []) {
      frames.add(f.frame);
      pids.add(f.processId);
    }
  }
  for (const e of events) {
    const data = e.args?.data;
    if (e.name === 'FrameCommittedInBrowser' && data?.frame && frames.has(data.frame) && data.processId)
      pids.add(data.processId);
  }
  return new Set(
    events
      .filter(
        (e) =>
          e.name === 'thread_name' &&
          e.args?.name === 'CrRendererMain' &&
          (pids.size === 0 || pids.has(e.pid)),
      )
      .map(threadKey),
  );
}
