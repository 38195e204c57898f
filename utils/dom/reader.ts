import { containsChinese, watchForChinese } from './chinese-detector';

export interface ReaderEnv {
  win: Window & typeof globalThis;
  /** Called once, when the frame holds Chinese text (now or, on a dynamic page, later). */
  onChinese: () => void;
}

/**
 * Watches one frame for Chinese text. A frame without it does nothing more than this check and a
 * MutationObserver: no message, no extension API, nothing loaded (each of those costs every page of the web
 * script time; see bench:browser). Returns a function that stops watching.
 */
export function startReader(env: ReaderEnv): () => void {
  const { win } = env;
  const body = win.document.body;
  if (!body) return () => undefined;
  if (containsChinese(body)) {
    env.onChinese();
    return () => undefined;
  }
  return watchForChinese(body, env.onChinese, win);
}
