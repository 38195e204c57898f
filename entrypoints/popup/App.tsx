import { useEffect, useState } from 'preact/hooks';
import { TabStatus } from '@/components/tab-status';
import { resolveTargetTabId } from '@/utils/active-tab';
import { sendMessage, type TabState } from '@/utils/messaging';

export function App() {
  const [state, setState] = useState<TabState | null>(null);
  useEffect(() => {
    void (async () => {
      const tabId = await resolveTargetTabId();
      if (tabId !== null) setState(await sendMessage('getTabState', { tabId }));
    })();
  }, []);
  return (
    <main>
      <h1>Tanci 碳词</h1>
      <TabStatus state={state} />
    </main>
  );
}
