import { sendMessage } from '@/utils/messaging';
import { containsChinese, watchForChinese } from './chinese-detector';

export interface ReaderEnv {
  win: Window & typeof globalThis;
  report: (hasChinese: boolean) => Promise<void>;
  onInvalidated: (cb: () => void) => void;
  /** Starts the reading work (marks, popup) once the frame holds Chinese text. */
  onChinese?: () => void;
}

/**
 * Starts Tanci in one frame. A frame without Chinese reports so (top frame only) and then only
 * watches for Chinese text to arrive; everything heavier waits until it does.
 */
export function startReader(env: ReaderEnv): void {
  const { win } = env;
  const body = win.document.body;
  if (!body) return;
  const isTop = win.top === win;
  let started = false;
  const found = () => {
    void env.report(true).catch(() => undefined);
    if (!started) env.onChinese?.();
    started = true;
  };
  if (containsChinese(body)) {
    found();
    return;
  }
  if (isTop) void env.report(false).catch(() => undefined);
  const stop = watchForChinese(body, found, win);
  env.onInvalidated(stop);
}

export function defaultReport(win: Window & typeof globalThis): (hasChinese: boolean) => Promise<void> {
  return (hasChinese) => sendMessage('reportPage', { hasChinese, timeOrigin: win.performance.timeOrigin });
}
