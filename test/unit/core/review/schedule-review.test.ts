import { describe, expect, it } from 'vitest';
import type { Grade, ReviewCard } from '@/core/review/review-card';
import { buildReviewQueue } from '@/core/review/review-queue';
import { gradeReviewCard, newReviewCard } from '@/core/review/schedule-review';

const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 5, 9);

/** Grades a new card in turn, each on the day it falls due (a fake clock), and lists the intervals in days. */
function intervals(grades: readonly Grade[]): number[] {
  let now = START;
  let card: ReviewCard = newReviewCard('碳汇', 'tàn huì', now);
  const out: number[] = [];
  grades.forEach((g, i) => {
    card = gradeReviewCard(card, g, now, `g${i}`);
    out.push((card.due - now) / DAY);
    now = card.due;
  });
  return out;
}

describe('the FSRS schedule', () => {
  it('grows the interval with every Good', () => {
    const days = intervals(['good', 'good', 'good', 'good']);
    expect(days[0]).toBeGreaterThanOrEqual(1);
    for (let i = 1; i < days.length; i++) expect(days[i]).toBeGreaterThan(days[i - 1] as number);
  });

  it('sends a card back to a short interval with Again, and counts the lapse', () => {
    const days = intervals(['good', 'good', 'good', 'again']);
    const last = days[3] as number;
    expect(last).toBeLessThan(days[2] as number);
    expect(last).toBeLessThanOrEqual(days[0] as number);
    let c = newReviewCard('a', 'a', START);
    c = gradeReviewCard(c, 'good', START, '1');
    c = gradeReviewCard(c, 'again', c.due, '2');
    expect(c.lapses).toBe(1);
  });

  it('orders the grades: Again < Hard < Good < Easy for the same card', () => {
    let c = newReviewCard('a', 'a', START);
    c = gradeReviewCard(c, 'good', START, '1');
    const at = c.due;
    const next = (['again', 'hard', 'good', 'easy'] as const).map((g) => gradeReviewCard(c, g, at, g).due);
    for (let i = 1; i < next.length; i++) expect(next[i]).toBeGreaterThan(next[i - 1] as number);
  });

  it('never makes a card graded Good due again the same day', () => {
    const c = gradeReviewCard(newReviewCard('a', 'a', START), 'good', START, 'x');
    expect(c.due).toBeGreaterThanOrEqual(START + DAY);
    expect(c).toMatchObject({ reps: 1, lastReview: START, lastGradeId: 'x' });
  });

  it('grades a card when the clock is behind its last review (clock set back, backup from a clock ahead)', () => {
    let c = gradeReviewCard(newReviewCard('a', 'a', START), 'again', START, '1');
    c = gradeReviewCard(c, 'again', c.due, '2');
    const early = gradeReviewCard(c, 'again', START, '3');
    // As if graded at its last review: the history never runs backwards, and the card stays scheduled.
    expect(early).toMatchObject({ reps: 3, lastReview: c.lastReview, lastGradeId: '3' });
    expect(early.due).toBeGreaterThanOrEqual(c.lastReview);
  });
});

describe('the review queue', () => {
  const term = (i: number) => ({ term: `词${i}`, pinyin: `c${i}`, createdAt: START + i });
  it('shows due cards first (oldest due first), then new terms (oldest saved first), and counts both', () => {
    const terms = [term(0), term(1), term(2), term(3), term(4)];
    const graded = (i: number, due: number) => ({
      ...gradeReviewCard(newReviewCard(`词${i}`, `c${i}`, START), 'good', START, 'x'),
      due,
    });
    const cards = [graded(1, START + 5), graded(2, START + 1), graded(3, START + 10 * DAY)];
    const q = buildReviewQueue(terms, cards, START + DAY, 10);
    expect(q.items.map((it) => it.term.term)).toEqual(['词2', '词1', '词0', '词4']);
    expect(q).toMatchObject({ due: 2, fresh: 2 });
    expect(buildReviewQueue(terms, cards, START + DAY, 3).items).toHaveLength(3);
  });

  it('leaves out cards whose term is gone', () => {
    const card = gradeReviewCard(newReviewCard('gone', 'g', START), 'good', START, 'x');
    expect(buildReviewQueue([], [card], START + 30 * DAY, 10)).toEqual({ items: [], due: 0, fresh: 0 });
  });
});
