import { handleMessage } from '@/utils/message-handler';
import type { TabStateStore } from '@/utils/tab-state-store';

export function registerTabStateHandlers({
  store,
  onChinese,
}: {
  store: TabStateStore;
  /** A frame holds Chinese text: its reader will soon need the language core. */
  onChinese?: () => void;
}): void {
  handleMessage('reportPage', async (report, sender) => {
    if (report.hasChinese) onChinese?.();
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    await store.recordFrame(tabId, sender.frameId ?? 0, report);
  });
  handleMessage('getTabState', ({ tabId }) => store.get(tabId));
  browser.tabs.onRemoved.addListener((tabId) => void store.forget(tabId));
}
