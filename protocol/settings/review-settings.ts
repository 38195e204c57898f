import { storage } from '#imports';

/**
 * How review cards ask: `cloze` shows the sentence the term was saved from with the term blanked out
 * (the term alone when no sentence holds it); `term` shows the term alone. Its own storage item, so the
 * reading settings' shape and version stay as they are.
 */
export const REVIEW_FRONTS = ['cloze', 'term'] as const;
export type ReviewFront = (typeof REVIEW_FRONTS)[number];

export interface ReviewSettings {
  front: ReviewFront;
}

export const DEFAULT_REVIEW_SETTINGS: ReviewSettings = { front: 'cloze' };

export const reviewSettingsItem = storage.defineItem<ReviewSettings>('local:reviewSettings', {
  fallback: DEFAULT_REVIEW_SETTINGS,
  version: 1,
});

/** A stored value of any shape as settings (a hand-edited value never breaks review). */
export function normalizeReviewSettings(raw: unknown): ReviewSettings {
  const front = (raw as { front?: unknown } | null)?.front;
  return { front: REVIEW_FRONTS.includes(front as ReviewFront) ? (front as ReviewFront) : 'cloze' };
}
