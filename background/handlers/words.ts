import { browser } from 'wxt/browser';
import { openWordRepos } from '@/background/db/open';
import type { VocabRepo } from '@/background/db/vocab-repo';
import { createKnownWords } from '@/background/known-words';
import type { DictionaryLoader } from '@/background/loaders/dictionary-loader';
import { createPageWords } from '@/background/page-words';
import { getSettings } from '@/protocol/settings/settings';
import { registerHistoryHandlers } from './history';
import { registerKnownHandlers } from './known';
import { registerPageVocabularyHandlers } from './page-vocabulary';
import { registerStudyHandlers } from './study';

/**
 * From looking up to knowing: known words, lookup history, the page's vocabulary, review and Anki, over the same
 * database as the saved terms and the same dictionary as the lookups. Gives the rest of the worker
 * the page's words (each `annotate` answer goes there) and is told of each new page.
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
  const pageWords = createPageWords({ area: browser.storage.session });
  registerKnownHandlers({ repo: knownRepo, known });
  registerHistoryHandlers({ history, savedAmong, enabled: async () => (await getSettings()).history });
  registerPageVocabularyHandlers({ pageWords, known, lookupMany, savedAmong });
  registerStudyHandlers({ repo }); // review on the memory schedule, Send to Anki
  return {
    /** Told every `annotate` answer (registerAnnotateHandlers): the page's terms and This page read it. */
    pageWords,
    onTopFrame(tabId: number, timeOrigin: number): void {
      void pageWords.startPage(tabId, timeOrigin);
    },
  };
}
