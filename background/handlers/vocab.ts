import type { VocabRepo } from '@/background/db/vocab-repo';
import { handleMessage } from '@/protocol/message-handler';

/** Saving from a page and asking which words are saved: the content script's only way to the store. */
export function registerVocabHandlers({ repo }: { repo: VocabRepo }): void {
  handleMessage('saveTerm', (data) => repo.save(data));
  handleMessage('getSaved', async ({ words }) => ({ saved: await repo.savedAmong(words) }));
}
