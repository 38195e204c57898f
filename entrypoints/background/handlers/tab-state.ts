import { handleMessage } from '@/utils/message-handler';
import type { TabStateStore } from '@/utils/tab-state-store';

export function registerTabStateHandlers({ store }: { store: TabStateStore }): void {
  handleMessage('reportPage', async (report, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    await store.recordFrame(tabId, sender.frameId ?? 0, report);
  });
  handleMessage('getTabState', ({ tabId }) => store.get(tabId));
  browser.tabs.onRemoved.addListener((tabId) => void store.forget(tabId));
}
