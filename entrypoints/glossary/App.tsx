import { extensionUrl, fetchGlossary } from '@/components/review/glossary-state';
import { ReviewApp } from '@/components/review/review-app';
import { createLazyVocabRepo } from '@/utils/db/lazy-repo';
import { t } from '@/utils/i18n';

const repo = createLazyVocabRepo();
const loadGlossary = () => fetchGlossary(extensionUrl('/data/glossary.json'));

/** The full-page view for long lists: the same tabs as the popup, saved terms as a table. */
export function App() {
  const initialTab = location.hash === '#glossary' ? 'glossary' : 'saved';
  return (
    <main>
      <h1>{t('vocabPageHeading')}</h1>
      <ReviewApp repo={repo} loadGlossary={loadGlossary} layout="table" initialTab={initialTab} />
    </main>
  );
}
