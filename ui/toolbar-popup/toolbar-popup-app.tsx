import { useCallback, useEffect, useState } from 'preact/hooks';
import { createLazyBackupWords } from '@/background/db/backup-words';
import { createLazyVocabRepo } from '@/background/db/lazy-repo';
import { GLOSSARY_FILE } from '@/core/glossary/glossary-file';
import { sendMessage, type TabState } from '@/protocol/messages';
import { pageSiteOf } from '@/protocol/page-site';
import { t } from '@/ui/i18n';
import { createCardClient } from '@/ui/review/card-client';
import { extensionUrl, fetchGlossary } from '@/ui/review/glossary-state';
import { ReviewApp } from '@/ui/review/review-app';
import { resolveTargetTabId } from '@/ui/toolbar-popup/active-tab';
import { ExtensionPageLink } from '@/ui/toolbar-popup/extension-page-link';
import { SendAllToAnki } from '@/ui/toolbar-popup/send-all-to-anki';
import { SiteToggle } from '@/ui/toolbar-popup/site-toggle';
import { TabStatus } from '@/ui/toolbar-popup/tab-status';
import { wordTabs } from '@/ui/toolbar-popup/word-tabs';

// Dexie loads after the first screen: the newest terms are read straight from IndexedDB.
const repo = createLazyVocabRepo();
const words = createLazyBackupWords();
const cards = createCardClient();
const loadGlossary = () => fetchGlossary(extensionUrl(`/data/${GLOSSARY_FILE}`));

const STATUS_RETRIES = 12;
const STATUS_RETRY_MS = 400;

export function App() {
  const [state, setState] = useState<TabState | null>(null);
  const [tabId, setTabId] = useState<number | null>(null);
  const extraTabs = useCallback((onSaved: () => void) => wordTabs({ tabId, repo, onSaved }), [tabId]);
  useEffect(() => {
    let stopped = false;
    void (async () => {
      const tabId = await resolveTargetTabId();
      setTabId(tabId);
      if (tabId === null) return;
      // A page still loading has not reported yet: ask again for a few seconds rather than show "unknown".
      for (let attempt = 0; attempt < STATUS_RETRIES && !stopped; attempt++) {
        let next = await sendMessage('getTabState', { tabId });
        if (next.hasChinese === null) {
          // Only frames with Chinese report: whether a loaded page has none is read from its top frame.
          const page = await pageSiteOf(tabId).catch(() => null);
          if (page?.hasChinese === false) next = { ...next, hasChinese: false };
        }
        setState(next);
        if (next.hasChinese !== null) return;
        await new Promise((r) => setTimeout(r, STATUS_RETRY_MS));
      }
    })();
    return () => {
      stopped = true;
    };
  }, []);
  return (
    <main>
      <header class="popup-header">
        <h1>Tanci 碳词</h1>
        <ExtensionPageLink path="/vocabulary.html">{t('openFullPage')}</ExtensionPageLink>
        <ExtensionPageLink path="/document.html">{t('openDocument')}</ExtensionPageLink>
      </header>
      {tabId !== null ? <SiteToggle tabId={tabId} /> : null}
      <TabStatus state={state} />
      <ReviewApp
        repo={repo}
        words={words}
        loadGlossary={loadGlossary}
        layout="list"
        extraTabs={extraTabs}
        cards={cards}
      />
      <SendAllToAnki />
    </main>
  );
}
