import { browser } from 'wxt/browser';
import { isExtensionPage } from '@/background/sender';
import type { TabStateStore } from '@/background/tab-state-store';
import { handleMessage, UntrustedSenderError } from '@/protocol/message-handler';

export function registerTabStateHandlers({
  store,
  onChinese,
  onTopFrame,
}: {
  store: TabStateStore;
  /** A frame holds Chinese text: its reader will soon need the language core. */
  onChinese?: () => void;
  /** A tab's top document reported (a new page, when its time origin is new). */
  onTopFrame?: (tabId: number, timeOrigin: number) => void;
}): void {
  handleMessage('reportPage', async (report, sender) => {
    if (report.hasChinese) onChinese?.();
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    if ((sender.frameId ?? 0) === 0) onTopFrame?.(tabId, report.timeOrigin);
    await store.recordFrame(tabId, sender.frameId ?? 0, report);
  });
  handleMessage('getTabState', ({ tabId }, sender) => {
    // Any tab's state says what the reader has open elsewhere: a web page's content script may learn
    // about its own tab only; the toolbar popup and the other extension pages may ask about any tab.
    if (!isExtensionPage(sender) && sender.tab?.id !== tabId) {
      throw new UntrustedSenderError('getTabState: a page may ask only about its own tab');
    }
    return store.get(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void store.forget(tabId));
}
