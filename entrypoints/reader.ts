import { watchInvalidation } from '@/utils/dom/invalidation';
import { createReaderModuleLoader } from '@/utils/dom/reader-module';
import { startReaderStub } from '@/utils/dom/reader-stub';

// The detector stub, declared as a content script of every frame in wxt.config.ts (with public/reader.css,
// the marks' styles). It is a plain script rather than a WXT content script: WXT's content-script context
// (its "newer copy started" events and location watcher) cost every page without Chinese more script time
// than the detector itself. The reader (entrypoints/reader-main.ts) is imported once Chinese text shows up.
export default defineUnlistedScript(() => {
  const invalidation = watchInvalidation(browser.runtime);
  startReaderStub({
    win: window,
    onInvalidated: invalidation.onInvalidated,
    loadModule: createReaderModuleLoader({ url: () => browser.runtime.getURL('/reader-main.js') }),
  });
});
