/**
 * The vocabulary page's way to the review states: every read and write goes through the background, which
 * owns the database. A grade whose reply was lost (Chrome stopped the service worker mid-review) is sent
 * again with the same grade id, which the background recognises, so it is stored once and never twice.
 */
import { sendWithRetry } from '@/content/popup/save-retry';
import type { SavedTerm } from '@/core/export/types';
import type { Grade, ReviewCard } from '@/core/review/review-card';
import type { ReviewQueue } from '@/core/review/review-queue';
import { sendMessage } from '@/protocol/messages';

export interface CardClient {
  queue(limit: number): Promise<ReviewQueue<SavedTerm>>;
  grade(term: { term: string; pinyin: string }, grade: Grade, gradeId: string): Promise<ReviewCard>;
  all(): Promise<ReviewCard[]>;
  importCards(cards: readonly ReviewCard[]): Promise<{ imported: number }>;
}

export function createCardClient(
  send: typeof sendMessage = sendMessage,
  retry: typeof sendWithRetry = sendWithRetry,
): CardClient {
  return {
    queue: (limit) => send('reviewQueue', { limit }),
    grade: ({ term, pinyin }, grade, gradeId) =>
      retry(() => send('gradeCard', { term, pinyin, grade, gradeId })),
    all: async () => (await send('reviewCards', {})).cards,
    importCards: (cards) => send('importReviewCards', { cards: [...cards] }),
  };
}
