import { containsChinese, watchForChinese, watchForShadowChinese } from './chinese-detector';

export interface ReaderEnv {
  win: Window & typeof globalThis;
  /** Called once, when the frame holds Chinese text (now or, on a dynamic page, later). */
  onChinese: () => void;
}

/**
 * Watches one frame for Chinese text: in the page now, added later, or met by the pointer inside a web
 * component. A frame without it does nothing more than this check, a MutationObserver and a listener:
 * no message, no extension API, nothing loaded (each of those costs every page of the web script time;
 * see bench:browser). Returns a function that stops watching.
 */
export function startReader(env: ReaderEnv): () => void {
  const { win } = env;
  const body = win.document.body;
  if (!body) return () => undefined;
  if (containsChinese(body)) {
    env.onChinese();
    return () => undefined;
  }
  const stop = () => {
    stopMutations();
    stopShadow();
  };
  const found = () => {
    stop();
    env.onChinese();
  };
  const stopMutations = watchForChinese(body, found, win);
  const stopShadow = watchForShadowChinese(win.document, found);
  return stop;
}
