import { defaultReport, startReader } from '@/utils/dom/reader';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    startReader({ win: window, report: defaultReport(window), onInvalidated: (cb) => ctx.onInvalidated(cb) });
  },
});
