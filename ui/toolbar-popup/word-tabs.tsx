import type { VocabRepo } from '@/background/db/vocab-repo';
import { sendMessage } from '@/protocol/messages';
import { saveTermPayload } from '@/protocol/save-term';
import { t as msg } from '@/ui/i18n';
import type { TabDef } from '@/ui/review/tabs';
import { HistoryPanel } from './history-panel';
import { createHistoryState } from './history-state';
import { PageVocabularyPanel } from './page-vocabulary-panel';
import { createPageVocabularyState } from './page-vocabulary-state';

/**
 * The toolbar popup's This page and History tabs. History lives here rather than on the vocabulary page:
 * it is what the reader just looked up while reading, one click away beside the page's own words.
 */
export function wordTabs({
  tabId,
  repo,
  onSaved,
}: {
  /** The tab the popup was opened over; null when there is none (then no This page tab). */
  tabId: number | null;
  repo: VocabRepo;
  onSaved: () => void;
}): TabDef[] {
  const history = createHistoryState({
    fetch: (limit) => sendMessage('getHistory', { limit }),
    clear: () => sendMessage('clearHistory', {}),
    savedAmong: (words) => repo.savedAmong(words),
    save: (input) => repo.save(input),
    onSaved,
    async saveInputOf(record) {
      const info = (await sendMessage('define', { words: [record.word] })).results[0] ?? null;
      const pinyin = info?.glossary?.pinyin ?? info?.entries[0]?.pinyin ?? '';
      return saveTermPayload({
        term: record.word,
        pinyin,
        info,
        sentence: '',
        pageTitle: record.pageTitle,
        url: record.url,
      });
    },
  });
  const tabs: TabDef[] = [];
  if (tabId !== null) {
    const page = createPageVocabularyState({
      fetch: () => sendMessage('getPageVocabulary', { tabId }),
      setKnown: (words, known) => sendMessage('setKnown', { words, how: 'toolbar', known }),
      save: (input) => repo.save(input),
      remove: (ids) => repo.remove(ids),
      onSaved,
    });
    // Asked for as the popup opens, so the tab shows at once when clicked.
    void page.load();
    tabs.push({ id: 'page', label: msg('tabThisPage'), render: () => <PageVocabularyPanel state={page} /> });
  }
  tabs.push({ id: 'history', label: msg('tabHistory'), render: () => <HistoryPanel state={history} /> });
  return tabs;
}
