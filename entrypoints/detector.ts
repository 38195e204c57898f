import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startReaderStub } from '@/content/detect/detector';

// The detector stub, declared as a content script of every frame in wxt.config.ts (with public/reader.css,
// the marks' styles). It is a plain script rather than a WXT content script: WXT's content-script context
// (its "newer copy started" events and location watcher) cost every page without Chinese more script time
// than the detector itself. For the same reason nothing here names `browser`: see extension-runtime.ts.
// The reader (entrypoints/reader.ts) is imported once Chinese text shows up.
export default defineUnlistedScript(() => {
  startReaderStub({ win: window });
});
