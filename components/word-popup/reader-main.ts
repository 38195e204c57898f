import { startInlinePinyin } from '@/utils/dom/inline-pinyin-session';
import type { ReaderModule } from '@/utils/dom/reader-module';
import { readSelectionContext } from '@/utils/dom/selection-context';
import { getSiteEnabled } from '@/utils/site-settings';
import { startReadingSession } from './reading-session';
import { siteKeyOf } from './site-key';

/** The reader's main part, loaded by the detector stub in frames that need it. */
export function createReaderModule(): ReaderModule {
  return {
    startReading({ win, onInvalidated, siteSettings }) {
      const inline = startInlinePinyin({ win, onInvalidated });
      void startReadingSession({ win, onInvalidated, siteSettings, onReader: inline.setReader });
    },
    async pageSite(win) {
      const site = siteKeyOf(win);
      return { site, enabled: site !== null && (await getSiteEnabled(site)) };
    },
    selectionContext: readSelectionContext,
  };
}
