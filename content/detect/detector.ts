import { sendEnvelope, serveEnvelopes } from '@/protocol/envelope';
import { SITE_SETTINGS_KEY } from '@/protocol/settings/site-settings-key';
import { createReaderModuleLoader, type ReaderModule } from '../reader-module';
import {
  extensionRuntime,
  extensionStorage,
  type StubRuntime,
  type StubStorageArea,
} from './extension-runtime';
import { startReader } from './frame-watcher';
import { watchInvalidation } from './invalidation';

export interface ReaderStubEnv {
  win: Window & typeof globalThis;
  /** The extension's runtime, asked for only once the frame holds Chinese (see extension-runtime.ts). */
  runtime?: () => StubRuntime | undefined;
  /** Fetches the reader's main part (once); see reader-module.ts. By default from the extension. */
  loadModule?: (runtime: StubRuntime) => () => Promise<ReaderModule>;
  /** Tells the background the frame holds Chinese (the `reportPage` message by default). */
  report?: (runtime: StubRuntime) => Promise<void>;
  /** Where the site settings are read from (`storage.local` by default). */
  storage?: () => StubStorageArea | undefined;
  /** Which frames' pages are still the extension's: watchInvalidation by default. */
  watch?: (runtime: StubRuntime) => { onInvalidated: (cb: () => void) => void };
}

/**
 * What runs in every frame: the cheap Chinese detector. Until the frame holds Chinese text it touches no
 * extension API at all; then it answers the toolbar popup and the context menu, reports to the background
 * and loads the reader's main part. The toolbar popup reads a page without Chinese from the tab itself
 * (protocol/page-site.ts). It speaks the message envelope directly (protocol/envelope.ts): the messaging library
 * and its schemas load with the main part. Returns a function that stops watching.
 */
export function startReaderStub(env: ReaderStubEnv): () => void {
  return startReader({ win: env.win, onChinese: () => activate(env) });
}

function activate(env: ReaderStubEnv): void {
  const { win } = env;
  const runtime = (env.runtime ?? extensionRuntime)();
  // Reloaded or removed since this page loaded: a dead content script starts nothing.
  if (!runtime?.id) return;
  const { onInvalidated } = (env.watch ?? ((r) => watchInvalidation(r, win.document)))(runtime);
  // Read now, while the reader's main part loads: on a cold start the storage round trip then no longer
  // follows the load on the way to the first marks.
  const siteSettings = readSiteSettings((env.storage ?? extensionStorage)());
  const loadModule = (env.loadModule ?? defaultLoader)(runtime);
  const types = win.top === win ? ['getPageSite', 'getSelectionContext'] : ['getSelectionContext'];
  onInvalidated(
    serveEnvelopes(runtime, types, async (type) => {
      const module = await loadModule();
      return type === 'getPageSite'
        ? { ...(await module.pageSite(win)), hasChinese: true }
        : module.selectionContext(win);
    }),
  );
  void (env.report ?? defaultReport(win))(runtime).catch(() => undefined);
  loadModule().then(
    (module) => module.startReading({ win, onInvalidated, siteSettings }),
    (error: unknown) => console.error(error),
  );
}

function readSiteSettings(area: StubStorageArea | undefined): Promise<unknown> {
  const read = area
    ? area.get(SITE_SETTINGS_KEY).then((items) => items[SITE_SETTINGS_KEY])
    : Promise.reject(new Error('no storage.local'));
  // Whoever uses it handles a failure; it must not surface as an unhandled rejection meanwhile.
  read.catch(() => undefined);
  return read;
}

function defaultLoader(runtime: StubRuntime): () => Promise<ReaderModule> {
  return createReaderModuleLoader({ url: () => runtime.getURL('/reader.js') });
}

/** The `reportPage` message: the background keeps, per tab, which frames hold Chinese. */
function defaultReport(win: Window & typeof globalThis): (runtime: StubRuntime) => Promise<void> {
  return async (runtime) => {
    await sendEnvelope(runtime, 'reportPage', { hasChinese: true, timeOrigin: win.performance.timeOrigin });
  };
}
