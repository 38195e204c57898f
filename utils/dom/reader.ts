import { sendEnvelope } from '@/utils/envelope';
import { containsChinese, watchForChinese } from './chinese-detector';

export interface ReaderEnv {
  win: Window & typeof globalThis;
  report: (hasChinese: boolean) => Promise<void>;
  onInvalidated: (cb: () => void) => void;
  /** Starts the reading work (marks, popup) once the frame holds Chinese text. */
  onChinese?: () => void;
}

/**
 * Starts Tanci in one frame. A frame without Chinese sends nothing (a message costs every page of the web
 * script time; the toolbar popup asks the top frame when it wants to know) and only watches for Chinese
 * text to arrive; everything heavier waits until it does.
 */
export function startReader(env: ReaderEnv): void {
  const { win } = env;
  const body = win.document.body;
  if (!body) return;
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
  const stop = watchForChinese(body, found, win);
  env.onInvalidated(stop);
}

/** Tells the background whether the frame holds Chinese (the `reportPage` message). */
export function defaultReport(
  win: Window & typeof globalThis,
  runtime: Parameters<typeof sendEnvelope>[0] = browser.runtime,
): (hasChinese: boolean) => Promise<void> {
  return async (hasChinese) => {
    await sendEnvelope(runtime, 'reportPage', { hasChinese, timeOrigin: win.performance.timeOrigin });
  };
}
