import { useEffect, useMemo, useState } from 'preact/hooks';
import type { BackupWordsStore } from '@/background/db/backup-words';
import type { VocabRepo } from '@/background/db/vocab-repo';
import type { ExportFile } from '@/core/export';
import { markMoment } from '@/core/perf';
import type { GlossaryEntry } from '@/core/types';
import { t as msg } from '@/ui/i18n';
import type { CardClient } from './card-client';
import { CardReview } from './card-review';
import { createCardReviewState } from './card-review-state';
import { downloadFile } from './download';
import { GlossaryBrowser } from './glossary-browser';
import { createGlossaryState } from './glossary-state';
import { ReviewPanel } from './review-panel';
import { createReviewState, PAGE_SIZE } from './review-state';
import { type TabDef, Tabs } from './tabs';
import type { Layout } from './term-row';
import { useReviewFront } from './use-review-front';

export interface ReviewAppProps {
  repo: VocabRepo;
  loadGlossary: () => Promise<GlossaryEntry[]>;
  layout: Layout;
  /** Which tab opens first ("glossary", "saved" or "review"). */
  initialTab?: string;
  /** Review states through the background: the JSON backup carries them. */
  cards?: CardClient;
  /** Whether the Review tab (cards on the memory schedule) is shown: the full page has room for it. */
  reviewTab?: boolean;
  /** Where exported files go; the browser's download flow by default. */
  download?: (file: ExportFile) => void;
  /** Known words and history, for the JSON backup. */
  words?: BackupWordsStore;
  /** More tabs after Saved and Glossary (the toolbar popup's This page and History); told when terms were saved. */
  extraTabs?: (onSaved: () => void) => TabDef[];
}

/** The two tabs shared by the toolbar popup and the full-page view: Saved and Glossary. */
export function ReviewApp({
  repo,
  loadGlossary,
  layout,
  initialTab = 'saved',
  download = downloadFile,
  words,
  extraTabs,
  cards,
  reviewTab = false,
}: ReviewAppProps) {
  const review = useMemo(() => {
    const pageSize = layout === 'table' ? 50 : PAGE_SIZE;
    const state = createReviewState({ repo, words, cards, download, pageSize, loadGlossary });
    // Reading starts now, while the page renders its frame, not in an effect one frame later.
    void state.load();
    return state;
  }, [repo, words, cards, download, layout, loadGlossary]);
  const more = useMemo(() => extraTabs?.(() => void review.load()) ?? [], [extraTabs, review]);
  const study = useMemo(
    () => (cards && reviewTab ? createCardReviewState({ client: cards }) : null),
    [cards, reviewTab],
  );
  const front = useReviewFront();
  const glossary = useMemo(
    () => createGlossaryState({ repo, loadGlossary, onSaved: () => void review.load() }),
    [repo, loadGlossary, review],
  );
  const [tab, setTab] = useState(initialTab);
  const [glossaryStarted, setGlossaryStarted] = useState(false);

  useEffect(() => {
    // Every visit to the tab asks again: grades made elsewhere, terms saved meanwhile.
    if (tab === 'review') void study?.load();
  }, [tab, study]);

  useEffect(() => {
    if (tab === 'glossary' && !glossaryStarted) {
      setGlossaryStarted(true);
      void glossary.load();
    }
  }, [tab, glossary, glossaryStarted]);

  const phase = review.phase.value;
  useEffect(() => {
    // Read by the review benchmark (scripts/bench/bench-review.ts): first screen shown, then every term loaded.
    if (phase === 'loading') return;
    markMoment('first-screen');
    if (phase === 'full') markMoment('all-loaded');
  }, [phase]);

  return (
    <Tabs
      label={msg('reviewTitle')}
      selected={tab}
      onSelect={setTab}
      tabs={[
        { id: 'saved', label: msg('tabSaved'), render: () => <ReviewPanel state={review} layout={layout} /> },
        { id: 'glossary', label: msg('tabGlossary'), render: () => <GlossaryBrowser state={glossary} /> },
        ...(study
          ? [
              {
                id: 'review',
                label: msg('tabReview'),
                render: () => <CardReview state={study} front={front} />,
              },
            ]
          : []),
        ...more,
      ]}
    />
  );
}
