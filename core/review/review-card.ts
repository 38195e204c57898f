/**
 * A saved term's place on the memory schedule, as the database and the JSON backup hold it: plain numbers
 * (milliseconds since the epoch for times), so it is stored and exported without any library's classes.
 * Keyed like the saved term, by its text and reading.
 */
export interface ReviewCard {
  term: string;
  pinyin: string;
  /** When the card is next due. */
  due: number;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** FSRS state: 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  /** When it was last graded; 0 before the first grade. */
  lastReview: number;
  /**
   * The id of the grade that produced this state. A grade sent again with the same id (its reply was lost
   * when the service worker stopped) returns this state instead of grading twice.
   */
  lastGradeId: string;
}

export const GRADES = ['again', 'hard', 'good', 'easy'] as const;
export type Grade = (typeof GRADES)[number];

/** Of two states of one card, the one with the newer history (a backup brings one the store already has). */
export function newerCard(a: ReviewCard, b: ReviewCard): ReviewCard {
  return b.lastReview > a.lastReview || (b.lastReview === a.lastReview && b.reps > a.reps) ? b : a;
}
