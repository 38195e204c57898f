/**
 * The memory schedule (FSRS, through ts-fsrs): the next state of a card after a grade, at a time the
 * caller passes in (tests use a fake clock). Whole days only (`enable_short_term: false`): a card graded
 * Good is not due again the same day, and there is no in-session relearning step to keep the page open
 * for. No fuzz, so the same history always gives the same dates.
 */
import { type Card, fsrs, Rating, type State } from 'ts-fsrs';
import type { Grade, ReviewCard } from './review-card';

const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

const RATINGS: Record<Grade, Rating.Again | Rating.Hard | Rating.Good | Rating.Easy> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

const DAY_MS = 86_400_000;

/** A term never graded: due now, in FSRS's new state. */
export function newReviewCard(term: string, pinyin: string, now: number): ReviewCard {
  return {
    term,
    pinyin,
    due: now,
    stability: 0,
    difficulty: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    state: 0,
    lastReview: 0,
    lastGradeId: '',
  };
}

function toFsrs(c: ReviewCard, now: number): Card {
  return {
    due: new Date(c.due),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.lastReview ? Math.max(0, Math.floor((now - c.lastReview) / DAY_MS)) : 0,
    scheduled_days: c.scheduledDays,
    learning_steps: c.learningSteps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state as State,
    ...(c.lastReview ? { last_review: new Date(c.lastReview) } : {}),
  };
}

/** The card after `grade` at `now`, remembering `gradeId` so the same grade is never applied twice. */
export function gradeReviewCard(card: ReviewCard, grade: Grade, now: number, gradeId: string): ReviewCard {
  // A clock can run behind a card's last review: the system clock set back, or a backup from a device whose
  // clock was ahead. ts-fsrs rejects a review before the last one (a negative elapsed time), which would
  // leave the card ungradable; the grade counts as given at the last review instead (no time has passed).
  const at = Math.max(now, card.lastReview);
  const next = scheduler.next(toFsrs(card, at), new Date(at), RATINGS[grade]).card;
  return {
    term: card.term,
    pinyin: card.pinyin,
    due: next.due.getTime(),
    stability: next.stability,
    difficulty: next.difficulty,
    scheduledDays: next.scheduled_days,
    learningSteps: next.learning_steps,
    reps: next.reps,
    lapses: next.lapses,
    state: next.state,
    lastReview: at,
    lastGradeId: gradeId,
  };
}
