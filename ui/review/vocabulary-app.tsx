import { createLazyBackupWords } from '@/background/db/backup-words';
import { createLazyVocabRepo } from '@/background/db/lazy-repo';
import { GLOSSARY_FILE } from '@/core/glossary/glossary-file';
import { t } from '@/ui/i18n';
import { createCardClient } from '@/ui/review/card-client';
import { extensionUrl, fetchGlossary } from '@/ui/review/glossary-state';
import { ReviewApp } from '@/ui/review/review-app';

const repo = createLazyVocabRepo();
const words = createLazyBackupWords();
const cards = createCardClient();
const loadGlossary = () => fetchGlossary(extensionUrl(`/data/${GLOSSARY_FILE}`));

/** The full-page view for long lists: the same tabs as the popup, saved terms as a table. */
export function App() {
  const hash = location.hash.slice(1);
  const initialTab = hash === 'glossary' || hash === 'review' ? hash : 'saved';
  return (
    <main>
      <h1>{t('vocabPageHeading')}</h1>
      <ReviewApp
        repo={repo}
        words={words}
        loadGlossary={loadGlossary}
        layout="table"
        initialTab={initialTab}
        cards={cards}
        reviewTab
      />
    </main>
  );
}
