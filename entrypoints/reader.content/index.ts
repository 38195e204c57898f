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
  main(ctx) {
    startReaderStub({
      win: window,
      onInvalidated: (cb) => ctx.onInvalidated(cb),
      loadModule: createReaderModuleLoader({ url: () => browser.runtime.getURL('/reader-main.js') }),
    });
  },
});
