/** The checked shape of a review card where one crosses a boundary (a message, a backup file). */
import { integer, number, object, string } from '../../protocol/validate';

/** The latest time a JavaScript date holds (ms since the epoch): a due date past it is no date. */
const LAST_TIME = 8_640_000_000_000_000;
/** FSRS's ceilings: stability and intervals of at most 100 years (ts-fsrs S_MAX, maximum_interval). */
const MAX_DAYS = 36_500;

/**
 * Every number is bounded where a card comes in (a message from an extension page, a backup file): the
 * scheduler computes with them, and a negative stability or a difficulty of 1e300 would give it NaN dates
 * that then sit in the store. New cards have stability and difficulty 0; graded ones stay within these.
 */
export const reviewCardSchema = object({
  term: string({ min: 1, max: 64 }),
  pinyin: string({ max: 256 }),
  due: integer({ min: 0, max: LAST_TIME }),
  stability: number({ min: 0, max: MAX_DAYS }),
  difficulty: number({ min: 0, max: 10 }),
  scheduledDays: integer({ min: 0, max: MAX_DAYS }),
  learningSteps: integer({ min: 0, max: 100 }),
  reps: integer({ min: 0 }),
  lapses: integer({ min: 0 }),
  state: integer({ min: 0, max: 3 }),
  lastReview: integer({ min: 0, max: LAST_TIME }),
  lastGradeId: string({ max: 100 }),
});
