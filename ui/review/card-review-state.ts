/**
 * One review session as signals: the cards due now (the background's queue, fetched in pages), the card on
 * screen, whether its answer is shown, and the counts. Each grade is sent once per card shown, with an id
 * made when the card appears, so a retried grade is recognised by the background; the next card shows as
 * soon as the grade is stored.
 */
import { batch, computed, signal } from '@preact/signals';
import type { SavedTerm } from '@/core/export/types';
import type { Grade, ReviewCard } from '@/core/review/review-card';
import type { CardClient } from './card-client';
import { errorText } from './error-text';

/** Cards asked for at a time; the page asks again when it has shown them. */
export const QUEUE_PAGE = 100;

export interface ReviewItemOnScreen {
  term: SavedTerm;
  card: ReviewCard;
}

export type CardReviewState = ReturnType<typeof createCardReviewState>;

export function createCardReviewState({
  client,
  newId = () => crypto.randomUUID(),
}: {
  client: CardClient;
  /** Makes a grade id (tests pass a counter). */
  newId?: () => string;
}) {
  const items = signal<ReviewItemOnScreen[]>([]);
  const due = signal(0);
  const fresh = signal(0);
  const phase = signal<'loading' | 'ready'>('loading');
  const revealed = signal(false);
  const busy = signal(false);
  const error = signal<string | null>(null);
  let gradeId = newId();
  const current = computed(() => items.value[0] ?? null);

  async function load(): Promise<void> {
    try {
      const q = await client.queue(QUEUE_PAGE);
      batch(() => {
        items.value = q.items;
        due.value = q.due;
        fresh.value = q.fresh;
        revealed.value = false;
        phase.value = 'ready';
        error.value = null;
      });
      gradeId = newId();
    } catch (e) {
      error.value = errorText(e);
    }
  }

  async function grade(g: Grade): Promise<void> {
    const item = current.peek();
    if (!item || !revealed.peek() || busy.peek()) return;
    busy.value = true;
    try {
      await client.grade(item.term, g, gradeId);
      gradeId = newId();
      const wasNew = item.card.reps === 0;
      batch(() => {
        items.value = items.value.slice(1);
        if (wasNew) fresh.value = Math.max(0, fresh.value - 1);
        else due.value = Math.max(0, due.value - 1);
        revealed.value = false;
        error.value = null;
      });
      // The page of cards ran out while more are waiting: fetch the next page.
      if (items.peek().length === 0 && due.peek() + fresh.peek() > 0) await load();
    } catch (e) {
      // The card stays on screen with the same grade id: grading again cannot count twice.
      error.value = errorText(e);
    } finally {
      busy.value = false;
    }
  }

  return {
    items,
    due,
    fresh,
    phase,
    revealed,
    busy,
    error,
    current,
    load,
    grade,
    reveal() {
      if (current.peek()) revealed.value = true;
    },
  };
}
