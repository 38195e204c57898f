import { handleMessage } from '@/utils/message-handler';
import { defaultReport, startReader } from './reader';
import type { ReaderModule } from './reader-module';

export interface ReaderStubEnv {
  win: Window & typeof globalThis;
  onInvalidated: (cb: () => void) => void;
  /** Fetches the reader's main part (once); see reader-module.ts. */
  loadModule: () => Promise<ReaderModule>;
  report?: (hasChinese: boolean) => Promise<void>;
}

/**
 * What runs in every frame: the cheap Chinese detector and the answers to the toolbar popup and the
 * context menu. The reader's main part is loaded only when the frame holds Chinese text (now or later),
 * or when one of those asks; a frame without Chinese parses nothing more.
 */
export function startReaderStub(env: ReaderStubEnv): void {
  const { win, onInvalidated, loadModule } = env;
  if (win.top === win) {
    onInvalidated(handleMessage('getPageSite', async () => (await loadModule()).pageSite(win)));
  }
  onInvalidated(handleMessage('getSelectionContext', async () => (await loadModule()).selectionContext(win)));
  startReader({
    win,
    report: env.report ?? defaultReport(win),
    onInvalidated,
    onChinese: () => {
      loadModule().then(
        (module) => module.startReading({ win, onInvalidated }),
        (error: unknown) => console.error(error),
      );
    },
  });
}
