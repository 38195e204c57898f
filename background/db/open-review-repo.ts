import { openVocabDb } from './open';
import { createReviewRepo, type ReviewRepo } from './review-repo';

/** Review states in the browser's vocabulary database (apart from open.ts, so pages' lazy chunk stays without FSRS). */
export function openReviewRepo(): ReviewRepo {
  return createReviewRepo(openVocabDb());
}
