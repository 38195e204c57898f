/**
 * Review states over the vocabulary database (schema version 4). A grade is one transaction: it reads the
 * card and writes the next state, so a grade is either stored whole or not at all when the service worker
 * stops mid-review. Grades carry an id; the same id again returns the stored state without grading twice.
 */
import { type Grade, newerCard, type ReviewCard } from '../../core/review/review-card';
import { buildReviewQueue, type ReviewQueue } from '../../core/review/review-queue';
import { gradeReviewCard, newReviewCard } from '../../core/review/schedule-review';
import { toSaved } from './derive';
import { guardQuota, TermGoneError } from './errors';
import type { VocabDb } from './schema';
import type { SavedTerm, TermId } from './types';

export interface ReviewRepo {
  /** What to review at `now`: up to `limit` cards with their terms, and the counts of due and new ones. */
  queue(now: number, limit: number): Promise<ReviewQueue<SavedTerm>>;
  grade(id: TermId, grade: Grade, gradeId: string, now: number): Promise<ReviewCard>;
  all(): Promise<ReviewCard[]>;
  /** Merges cards from a backup (the newer history of each wins); cards of terms not saved are skipped. */
  importCards(cards: readonly ReviewCard[]): Promise<{ imported: number }>;
}

export function createReviewRepo(db: VocabDb): ReviewRepo {
  return {
    async queue(now, limit) {
      const [terms, cards] = await db.transaction('r', db.terms, db.reviews, () =>
        Promise.all([db.terms.toArray(), db.reviews.toArray()]),
      );
      const q = buildReviewQueue(terms, cards, now, limit);
      return { ...q, items: q.items.map((it) => ({ term: toSaved(it.term), card: it.card })) };
    },
    grade(id, grade, gradeId, now) {
      return db.transaction('rw', db.terms, db.reviews, async () => {
        const [card, term] = await Promise.all([db.reviews.get(id), db.terms.get(id)]);
        if (card?.lastGradeId === gradeId) return card;
        if (!term) throw new TermGoneError(id[0]);
        const next = gradeReviewCard(card ?? newReviewCard(id[0], id[1], now), grade, now, gradeId);
        await db.reviews.put(next);
        return next;
      });
    },
    all: () => db.reviews.toArray(),
    importCards(cards) {
      return guardQuota({ what: 'import' }, () =>
        db.transaction('rw', db.terms, db.reviews, async () => {
          const ids = cards.map((c): TermId => [c.term, c.pinyin]);
          const [terms, existing] = await Promise.all([db.terms.bulkGet(ids), db.reviews.bulkGet(ids)]);
          const puts = cards.flatMap((c, i) => {
            if (!terms[i]) return [];
            const old = existing[i];
            return [old ? newerCard(old, c) : c];
          });
          await db.reviews.bulkPut(puts);
          return { imported: puts.length };
        }),
      );
    },
  };
}
