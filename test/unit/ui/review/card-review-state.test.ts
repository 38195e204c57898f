import { describe, expect, it } from 'vitest';
import { sendWithRetry } from '@/content/popup/save-retry';
import type { SavedTerm } from '@/core/export/types';
import type { ReviewCard } from '@/core/review/review-card';
import { newReviewCard } from '@/core/review/schedule-review';
import { type CardClient, createCardClient } from '@/ui/review/card-client';
import { createCardReviewState } from '@/ui/review/card-review-state';

const NOW = 1_800_000_000_000;
const term = (w: string): SavedTerm => ({
  term: w,
  pinyin: w,
  english: `${w} en`,
  category: '',
  glossaryId: '',
  tags: [],
  note: '',
  createdAt: NOW,
  updatedAt: NOW,
  contexts: [],
});

/** A background that stores a grade, then loses the first reply (the worker stopped before answering). */
function flakyBackground(words: string[]) {
  const grades: { term: string; grade: string; gradeId: string }[] = [];
  const seen = new Map<string, ReviewCard>();
  let loseNext = true;
  const send = (async (type: string, data: Record<string, unknown>) => {
    if (type === 'reviewQueue') {
      const left = words.filter((w) => !seen.has(w));
      return {
        items: left.map((w) => ({ term: term(w), card: newReviewCard(w, w, NOW) })),
        due: 0,
        fresh: left.length,
      };
    }
    if (type === 'gradeCard') {
      const id = data.gradeId as string;
      const known = [...seen.values()].find((c) => c.lastGradeId === id);
      if (!known) {
        grades.push({ term: data.term as string, grade: data.grade as string, gradeId: id });
        seen.set(data.term as string, {
          ...newReviewCard(data.term as string, '', NOW),
          reps: 1,
          lastGradeId: id,
        });
      }
      if (loseNext) {
        loseNext = false;
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }
      return seen.get(data.term as string);
    }
    throw new Error(`unexpected ${type}`);
  }) as unknown as Parameters<typeof createCardClient>[0];
  const client: CardClient = createCardClient(send, (f) => sendWithRetry(f, { sleep: async () => {} }));
  return { client, grades };
}

describe('a review session', () => {
  it('shows the answer, grades, moves on, and counts down; a lost reply is retried without grading twice', async () => {
    const bg = flakyBackground(['碳汇', '双控']);
    let n = 0;
    const state = createCardReviewState({ client: bg.client, newId: () => `id${n++}` });
    await state.load();
    expect(state.current.value?.term.term).toBe('碳汇');
    expect(state.fresh.value).toBe(2);
    await state.grade('good');
    expect(bg.grades).toEqual([]); // not before the answer is shown
    state.reveal();
    await state.grade('good');
    expect(bg.grades).toEqual([{ term: '碳汇', grade: 'good', gradeId: 'id1' }]);
    expect(state.current.value?.term.term).toBe('双控');
    expect(state.revealed.value).toBe(false);
    expect(state.fresh.value).toBe(1);
    state.reveal();
    await state.grade('again');
    expect(bg.grades.map((g) => g.gradeId)).toEqual(['id1', 'id2']);
    expect(state.current.value).toBeNull();
    expect(state.error.value).toBeNull();
  });

  it('keeps the card and its grade id when the background refuses, so grading again cannot count twice', async () => {
    const ids: string[] = [];
    let fail = true;
    const client: CardClient = {
      queue: async () => ({
        items: [{ term: term('碳汇'), card: newReviewCard('碳汇', '碳汇', NOW) }],
        due: 0,
        fresh: 1,
      }),
      grade: async (_t, _g, id) => {
        ids.push(id);
        if (fail) throw new Error('disk full');
        return newReviewCard('碳汇', '碳汇', NOW);
      },
      all: async () => [],
      importCards: async () => ({ imported: 0 }),
    };
    let n = 0;
    const state = createCardReviewState({ client, newId: () => `id${n++}` });
    await state.load();
    state.reveal();
    await state.grade('good');
    expect(state.error.value).toBe('disk full');
    expect(state.current.value?.term.term).toBe('碳汇');
    fail = false;
    await state.grade('good');
    expect(ids).toEqual(['id1', 'id1']);
  });
});
