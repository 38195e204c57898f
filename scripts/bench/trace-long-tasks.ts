// Long tasks of the page's renderer main thread from a Chromium trace, and how much of each is Tanci's.
// The page's PerformanceObserver('longtask') cannot be used for this: Chromium leaves rendering updates
// (style, layout, paint of a frame: ScheduledActionSendBeginMainFrame tasks) out of long tasks, so the same
// 150-400 ms first layout of the 100k page is reported when it happens to run inside a parser task and not
// when it runs in a frame, which is where it lands with the extension loaded.
import {
  byStart,
  cpuMs,
  isExtensionUrl,
  SCRIPT_EVENTS,
  scriptUrl,
  type TraceEvent,
  threadKey,
} from './trace-events';

export const LONG_TASK_MS = 50;

export interface LongTask {
  /** Wall ms: what a user waits and what the budget counts. */
  wall: number;
  /** Thread CPU ms: on a busy machine wall time also holds the time other processes had the core. */
  cpu: number;
  /** Thread CPU ms of Tanci's JavaScript (outermost script events naming a chrome-extension:// script). */
  tanciScript: number;
  /** Thread CPU ms of style and layout work that only Tanci's script had invalidated. */
  tanciRender: number;
  /** Tanci's part decides that the task is long (rule at isTanciTask). */
  tanci: boolean;
  /** Tanci's script ran in it, or it updated style or layout Tanci had invalidated (alone or with the page). */
  present: boolean;
  /** The events that took most of its CPU, by self time, e.g. "Layout 152, PrePaint 14". */
  label: string;
}

const TASK_EVENTS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
const INVALIDATIONS = new Set(['ScheduleStyleRecalculation', 'InvalidateLayout']);

/**
 * Tanci's when its part decides the length: without that part the task would have stayed within 50 ms (it
 * would not be long but for Tanci), or the part alone exceeds 50 ms (Tanci alone would make a long task,
 * whatever the page adds). Parts are thread CPU, scaled to wall time by the task's own wall/CPU ratio: the
 * budget is in wall time, and a busy machine stretches Tanci's share of a task as much as the page's.
 */
function isTanciTask(wall: number, cpu: number, tanciCpu: number): boolean {
  if (tanciCpu <= 0) return false;
  const tanciWall = cpu > 0 ? (tanciCpu * wall) / cpu : tanciCpu;
  return wall - tanciWall <= LONG_TASK_MS || tanciWall > LONG_TASK_MS;
}

function labelOf(e: TraceEvent): string | null {
  if (TASK_EVENTS.has(e.name)) return null;
  if (e.name === 'Receive mojo message')
    return `mojo ${e.args?.chrome_mojo_event_info?.mojo_interface_tag?.replace(/^.*\./, '') ?? ''}`.trim();
  return SCRIPT_EVENTS.has(e.name) && isExtensionUrl(scriptUrl(e)) ? `${e.name} (Tanci)` : e.name;
}

type Source = 'tanci' | 'page';
interface Open {
  e: TraceEvent;
  end: number;
  childCpu: number;
  /** Who invalidated what this style update computes (UpdateLayoutTree), passed on to layout it dirties. */
  source?: Set<Source>;
}
interface Acc {
  task: TraceEvent;
  tanciScript: number;
  tanciRender: number;
  present: boolean;
  self: Map<string, number>;
}

/**
 * Blink names the script that invalidated style or layout (with disabled-by-default-devtools.timeline.stack)
 * but only for the first invalidation since the last update; later ones join the pending update silently.
 * So style and layout work counts as Tanci's only when every invalidation seen since the previous update
 * came from Tanci; work that Tanci's own script forced (a layout read inside it) is already in its script.
 */
function analyseThread(events: TraceEvent[], overMs: number): LongTask[] {
  const pending: Record<'style' | 'layout', Set<Source>> = { style: new Set(), layout: new Set() };
  const stack: Open[] = [];
  let acc: Acc | null = null;
  const out: LongTask[] = [];
  const finish = (a: Acc) => {
    const wall = (a.task.dur ?? 0) / 1000;
    const cpu = cpuMs(a.task);
    const label = [...a.self]
      .filter(([, t]) => t >= 1)
      .sort((x, y) => y[1] - x[1])
      .slice(0, 3)
      .map(([name, t]) => `${name} ${t.toFixed(0)}`)
      .join(', ');
    const tanci = isTanciTask(wall, cpu, a.tanciScript + a.tanciRender);
    out.push({
      wall,
      cpu,
      tanciScript: a.tanciScript,
      tanciRender: a.tanciRender,
      tanci,
      present: a.present,
      label,
    });
  };
  const close = (upTo: number) => {
    while (stack.length && (stack.at(-1) as Open).end <= upTo) {
      const o = stack.pop() as Open;
      const name = labelOf(o.e);
      if (acc && name) acc.self.set(name, (acc.self.get(name) ?? 0) + Math.max(0, cpuMs(o.e) - o.childCpu));
      if (acc && o.e === acc.task) {
        if ((acc.task.dur ?? 0) / 1000 > overMs) finish(acc);
        acc = null;
      }
    }
  };
  for (const e of events) {
    close(e.ts);
    // By the innermost script event that names its script: an outer one may name none (RunMicrotasks runs
    // Tanci's promise callbacks as well as the page's).
    const script = stack.findLast((o) => SCRIPT_EVENTS.has(o.e.name) && scriptUrl(o.e));
    const inExtensionScript = !!script && isExtensionUrl(scriptUrl(script.e));
    const inRender = stack.some((o) => o.e.name === 'UpdateLayoutTree' || o.e.name === 'Layout');
    if (INVALIDATIONS.has(e.name)) {
      const url = scriptUrl(e);
      const recalc = stack.findLast((o) => o.source);
      const sources: Set<Source> = url
        ? new Set([isExtensionUrl(url) ? 'tanci' : 'page'])
        : script
          ? new Set([inExtensionScript ? 'tanci' : 'page'])
          : (recalc?.source ?? new Set(['page']));
      const kind = e.name === 'InvalidateLayout' ? 'layout' : 'style';
      for (const s of sources) pending[kind].add(s);
      if (acc && sources.has('tanci')) acc.present = true;
      continue;
    }
    if (e.ph !== 'X') continue;
    if (!acc && !stack.length && TASK_EVENTS.has(e.name))
      acc = { task: e, tanciScript: 0, tanciRender: 0, present: false, self: new Map() };
    const open: Open = { e, end: e.ts + (e.dur ?? 0), childCpu: 0 };
    const parent = stack.at(-1);
    if (parent) parent.childCpu += cpuMs(e);
    if (acc && SCRIPT_EVENTS.has(e.name) && !inExtensionScript && isExtensionUrl(scriptUrl(e))) {
      acc.tanciScript += cpuMs(e);
      acc.present = true;
    }
    const kind = e.name === 'UpdateLayoutTree' ? 'style' : e.name === 'Layout' ? 'layout' : null;
    if (kind) {
      const sources = pending[kind].size ? pending[kind] : new Set<Source>(['page']);
      pending[kind] = new Set();
      if (kind === 'style') open.source = sources;
      if (acc && !inExtensionScript && sources.has('tanci')) {
        acc.present = true;
        if (sources.size === 1 && !inRender) acc.tanciRender += cpuMs(e);
      }
    }
    stack.push(open);
  }
  close(Number.POSITIVE_INFINITY);
  return out;
}

/**
 * Top-level tasks longer than `overMs` (50 ms: a long task) on the given renderer main threads, in time order
 * per thread. A lower `overMs` also lists the shorter tasks, to tell how far under the budget a page stays.
 */
export function traceLongTasks(
  events: TraceEvent[],
  threads: Set<string>,
  overMs: number = LONG_TASK_MS,
): LongTask[] {
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = threadKey(e);
    if (!threads.has(key) || (e.ph !== 'X' && !INVALIDATIONS.has(e.name))) continue;
    const list = byThread.get(key);
    if (list) list.push(e);
    else byThread.set(key, [e]);
  }
  return [...byThread.values()].flatMap((list) => analyseThread(list.sort(byStart), overMs));
}
