import './style.css';
import { startReadingSession } from '@/components/word-popup/reading-session';
import { servePageSite } from '@/components/word-popup/site-key';
import { defaultReport, startReader } from '@/utils/dom/reader';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    const onInvalidated = (cb: () => void) => ctx.onInvalidated(cb);
    if (window.top === window) onInvalidated(servePageSite(window));
    startReader({
      win: window,
      report: defaultReport(window),
      onInvalidated,
      onChinese: () => void startReadingSession({ win: window, onInvalidated }),
    });
  },
});
