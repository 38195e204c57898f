import type { PageWords } from '@/background/page-words';
import { type BulkSender, bulkOwnerOf, type Scheduler } from '@/background/scheduler';
import { type PageTerm, type PageWord, pageTermSteps } from '@/core/glossary/learn/page-terms';
import { handleMessage } from '@/protocol/message-handler';

export interface PageTermDeps {
  scheduler: Scheduler;
  pageWords: PageWords;
  now?: () => number;
  /** Milliseconds of one chunk of the learning (the scheduler's bulk chunk). */
  chunkMs?: number;
  /**
   * The annotator's word flags (entry kind and class: core/segment/unit-annotator.ts), loaded with it: with
   * them the learner also finds terms of two whole words (碳排放|配额), not only those with a one-character part.
   */
  wordFlags?: () => Promise<((word: string) => number) | undefined>;
}

/**
 * The terms a document's page repeats, learned from the paragraphs the background annotated for it, as
 * bulk work: in chunks of `chunkMs` after the requests a reader waits for, dropped with its page.
 */
export async function pageTermsOf(deps: PageTermDeps, sender: BulkSender): Promise<PageTerm[]> {
  const wordFlags = await deps.wordFlags?.();
  const now = deps.now ?? (() => performance.now());
  const chunkMs = deps.chunkMs ?? 10;
  const owner = bulkOwnerOf(sender);
  let started: number | undefined;
  const pause = () => {
    const at = now();
    started ??= at;
    if (at - started < chunkMs) return false;
    started = undefined;
    return true;
  };
  // A generator: the paragraphs are read when the job starts, not when it is queued (the page's groups
  // queued before it are annotated by then, and learned from too).
  const learn = (paragraphs: PageWord[][]) => pageTermSteps(paragraphs, { pause, wordFlags });
  return deps.scheduler.bulk(owner, deps.pageWords.termsOf(owner.document, learn));
}

export function registerPageTermHandlers(deps: PageTermDeps): void {
  // A closed tab's words are forgotten where the This page tab is served (handlers/page-vocabulary.ts).
  handleMessage('pageTerms', async (_data, sender) => ({ terms: await pageTermsOf(deps, sender) }));
}
