import { browser } from 'wxt/browser';
import { openWordRepos } from '@/background/db/open';
import type { VocabRepo } from '@/background/db/vocab-repo';
import { createKnownWords } from '@/background/known-words';
import type { DictionaryLoader } from '@/background/loaders/dictionary-loader';
import { createPageWords } from '@/background/page-words';
import type { BulkSender } from '@/background/scheduler';
import type { Token } from '@/core/types';
import { getSettings } from '@/protocol/settings/settings';
import { registerHistoryHandlers } from './history';
import { registerKnownHandlers } from './known';
import { registerPageVocabularyHandlers } from './page-vocabulary';

/**
 * From looking up to knowing: known words, lookup history and the page's vocabulary, over the same
 * database as the saved terms and the same dictionary as the lookups. Answers the two things the
 * rest of the worker tells it: each `annotate` answer (counted for the This page tab) and each new page.
 */
export function registerWordHandlers({
  repo,
  dictionary,
}: {
  repo: VocabRepo;
  dictionary: DictionaryLoader;
}) {
  const { known: knownRepo, history } = openWordRepos();
  const lookupMany = async (words: readonly string[]) => (await dictionary.get()).lookupMany(words);
  const known = createKnownWords({
    known: knownRepo,
    hskOf: async (words) => (await lookupMany(words)).map((info) => info.hsk),
    knownHsk: async () => (await getSettings()).knownHsk,
  });
  const savedAmong = (words: readonly string[]) => repo.savedAmong(words);
  const pageWords = createPageWords(browser.storage.session);
  registerKnownHandlers({ repo: knownRepo, known });
  registerHistoryHandlers({ history, savedAmong, enabled: async () => (await getSettings()).history });
  registerPageVocabularyHandlers({ pageWords, known, lookupMany, savedAmong });
  return {
    onAnnotated(sender: BulkSender & { url?: string }, paragraphs: string[], tokens: Token[][]): void {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return;
      void pageWords.add(tabId, sender.frameId === 0 ? sender.url : undefined, paragraphs, tokens);
    },
    onTopFrame(tabId: number, timeOrigin: number): void {
      void pageWords.startPage(tabId, timeOrigin);
    },
  };
}
