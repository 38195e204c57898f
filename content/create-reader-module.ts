import { readSelectionContext } from '@/content/page/selection-context';
import type { ReaderModule } from '@/content/reader-module';
import { getSiteEnabled } from '@/protocol/settings/site-settings';
import { siteKeyOf } from './site-key';
import { startReadingSession } from './start-reading';

/** The reader's main part, loaded by the detector stub in frames that need it. */
export function createReaderModule(): ReaderModule {
  return {
    startReading({ win, onInvalidated, siteSettings }) {
      void startReadingSession({ win, onInvalidated, siteSettings });
    },
    async pageSite(win) {
      const site = siteKeyOf(win);
      return { site, enabled: site !== null && (await getSiteEnabled(site)) };
    },
    selectionContext: readSelectionContext,
  };
}
