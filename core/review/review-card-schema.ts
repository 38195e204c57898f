/** The checked shape of a review card where one crosses a boundary (a message, a backup file). */
import { integer, number, object, string } from '../../protocol/validate';

export const reviewCardSchema = object({
  term: string({ min: 1, max: 64 }),
  pinyin: string({ max: 256 }),
  due: integer({ min: 0 }),
  stability: number(),
  difficulty: number(),
  scheduledDays: integer({ min: 0 }),
  learningSteps: integer({ min: 0 }),
  reps: integer({ min: 0 }),
  lapses: integer({ min: 0 }),
  state: integer({ min: 0, max: 3 }),
  lastReview: integer({ min: 0 }),
  lastGradeId: string({ max: 100 }),
});
