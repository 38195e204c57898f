import type { HistoryRepo } from '@/background/db/history-repo';
import { isExtensionPage } from '@/background/sender';
import { handleMessage, UntrustedSenderError } from '@/protocol/message-handler';

export interface HistoryHandlerDeps {
  history: HistoryRepo;
  /** Whether history is on (the setting). */
  enabled: () => Promise<boolean>;
  savedAmong: (words: readonly string[]) => Promise<string[]>;
}

/**
 * Lookup history: pages count lookups; only the extension's own pages read or clear the list (what a
 * reader looked up is theirs, not any page's).
 */
export function registerHistoryHandlers({ history, enabled, savedAmong }: HistoryHandlerDeps): void {
  handleMessage('recordLookup', async (data) => {
    const [on, saved] = await Promise.all([enabled(), savedAmong([data.word])]);
    if (!on) return { count: 0, saved: saved.length > 0 };
    const record = await history.record(data);
    return { count: record.count, saved: saved.length > 0 };
  });
  handleMessage('getHistory', async ({ limit }, sender) => {
    if (!isExtensionPage(sender)) throw new UntrustedSenderError('getHistory: only Tanci pages read history');
    const [records, on] = await Promise.all([history.top(limit), enabled()]);
    return { records, enabled: on };
  });
  handleMessage('clearHistory', async (_data, sender) => {
    if (!isExtensionPage(sender))
      throw new UntrustedSenderError('clearHistory: only Tanci pages clear history');
    const cleared = (await history.all()).length;
    await history.clear();
    return { cleared };
  });
}
