import './style.css';
import { createReaderModuleLoader } from '@/utils/dom/reader-module';
import { startReaderStub } from '@/utils/dom/reader-stub';

// The detector stub: every frame of every page runs this much and no more until Chinese text shows up;
// the reader itself (entrypoints/reader-main.ts) is imported then.
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // WXT would also window.postMessage a "script started" note carrying the extension id to the page.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startReaderStub({
      win: window,
      // WXT also ends the context on a "newer copy started" DOM event, which any page can fake; Tanci is
      // injected once per frame, so only the extension really going away (no runtime id) stops it.
      onInvalidated: (cb) => ctx.onInvalidated(() => !browser.runtime?.id && cb()),
      loadModule: createReaderModuleLoader({ url: () => browser.runtime.getURL('/reader-main.js') }),
    });
  },
});
