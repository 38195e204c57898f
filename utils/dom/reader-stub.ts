import { serveEnvelopes } from '@/utils/envelope';
import { defaultReport, startReader } from './reader';
import type { ReaderModule } from './reader-module';

export interface ReaderStubEnv {
  win: Window & typeof globalThis;
  onInvalidated: (cb: () => void) => void;
  /** Fetches the reader's main part (once); see reader-module.ts. */
  loadModule: () => Promise<ReaderModule>;
  report?: (hasChinese: boolean) => Promise<void>;
  /** Where the toolbar popup's and the context menu's questions arrive (`browser.runtime`). */
  runtime?: Parameters<typeof serveEnvelopes>[0];
}

/**
 * What runs in every frame: the cheap Chinese detector and the answers to the toolbar popup and the
 * context menu. The reader's main part is loaded only when the frame holds Chinese text (now or later),
 * or when one of those asks; a frame without Chinese parses nothing more. It speaks the message envelope
 * directly (utils/envelope.ts): the messaging library and its schemas load with the main part.
 */
export function startReaderStub(env: ReaderStubEnv): void {
  const { win, onInvalidated, loadModule } = env;
  const runtime = env.runtime ?? browser.runtime;
  const types = win.top === win ? ['getPageSite', 'getSelectionContext'] : ['getSelectionContext'];
  let hasChinese = false;
  onInvalidated(
    serveEnvelopes(runtime, types, async (type) => {
      const module = await loadModule();
      // The top frame's own answer to "does this page hold Chinese": frames without it never report.
      return type === 'getPageSite'
        ? { ...(await module.pageSite(win)), hasChinese }
        : module.selectionContext(win);
    }),
  );
  startReader({
    win,
    report: env.report ?? defaultReport(win, runtime),
    onInvalidated,
    onChinese: () => {
      hasChinese = true;
      loadModule().then(
        (module) => module.startReading({ win, onInvalidated }),
        (error: unknown) => console.error(error),
      );
    },
  });
}
