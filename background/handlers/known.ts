import type { KnownRepo } from '@/background/db/known-repo';
import type { KnownWords } from '@/background/known-words';
import { handleMessage } from '@/protocol/message-handler';

/** Marking words known (popup, This page tab) and asking which are: the content script's way to them. */
export function registerKnownHandlers({ repo, known }: { repo: KnownRepo; known: KnownWords }): void {
  handleMessage('setKnown', async ({ words, how, known: isKnown }) => {
    if (isKnown) await repo.add(words, how);
    else await repo.remove(words);
    return { known: words.length };
  });
  handleMessage('getKnown', async ({ words }) => ({ known: [...(await known.among(words))] }));
}
