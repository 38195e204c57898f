import './style.css';
import { startReadingSession } from '@/components/word-popup/reading-session';
import { servePageSite, siteKeyOf } from '@/components/word-popup/site-key';
import { startInlinePinyin } from '@/utils/dom/inline-pinyin-session';
import { defaultReport, startReader } from '@/utils/dom/reader';
import { serveSelectionContext } from '@/utils/dom/selection-messages';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    const onInvalidated = (cb: () => void) => ctx.onInvalidated(cb);
    if (window.top === window) onInvalidated(servePageSite(window));
    onInvalidated(serveSelectionContext(window));
    startReader({
      win: window,
      report: defaultReport(window),
      onInvalidated,
      onChinese: () => {
        void startReadingSession({ win: window, onInvalidated });
        startInlinePinyin({ win: window, site: siteKeyOf(window), onInvalidated });
      },
    });
  },
});
