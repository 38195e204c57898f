/**
 * What to review now: cards whose due time has come (oldest due first), then terms never graded (oldest
 * saved first). One pass over the terms and a sort of the due ones, so 10,000 saved terms stay fast
 * (`npm run bench:review`). Cards whose term was deleted are left out, not removed: undoing the delete
 * brings the term back with its schedule.
 */
import { termKey } from '../export/types';
import type { ReviewCard } from './review-card';
import { newReviewCard } from './schedule-review';

export interface QueueTerm {
  term: string;
  pinyin: string;
  createdAt: number;
}

export interface ReviewQueue<T extends QueueTerm> {
  /** At most `limit` cards, in the order to show them, each with its term. */
  items: { term: T; card: ReviewCard }[];
  /** Cards graded before and due now. */
  due: number;
  /** Terms never graded. */
  fresh: number;
}

export function buildReviewQueue<T extends QueueTerm>(
  terms: readonly T[],
  cards: readonly ReviewCard[],
  now: number,
  limit: number,
): ReviewQueue<T> {
  const byKey = new Map<string, ReviewCard>();
  for (const c of cards) byKey.set(termKey(c), c);
  const due: { term: T; card: ReviewCard }[] = [];
  const fresh: T[] = [];
  for (const t of terms) {
    const card = byKey.get(termKey(t));
    if (!card || card.reps === 0) fresh.push(t);
    else if (card.due <= now) due.push({ term: t, card });
  }
  due.sort((a, b) => a.card.due - b.card.due);
  fresh.sort((a, b) => a.createdAt - b.createdAt);
  const items = due.slice(0, limit);
  for (const t of fresh) {
    if (items.length >= limit) break;
    items.push({ term: t, card: byKey.get(termKey(t)) ?? newReviewCard(t.term, t.pinyin, now) });
  }
  return { items, due: due.length, fresh: fresh.length };
}
