import { describe, expect, it, vi } from 'vitest';
import { createWordExtras, HINT_AFTER, HISTORY_DWELL_MS } from '@/content/hover/word-extras';

/** A clock the test moves by hand: no real waiting. */
function fakeTimers() {
  let now = 0;
  let next = 1;
  const due = new Map<number, { at: number; fn: () => void }>();
  return {
    setTimeout: (fn: () => void, ms: number) => {
      due.set(next, { at: now + ms, fn });
      return next++;
    },
    clearTimeout: (id: number) => void due.delete(id),
    advance(ms: number) {
      now += ms;
      for (const [id, t] of [...due]) {
        if (t.at <= now) {
          due.delete(id);
          t.fn();
        }
      }
    },
  };
}

function setup(saved = false) {
  const timers = fakeTimers();
  const counts = new Map<string, number>();
  const known = new Set<string>();
  const recordLookup = vi.fn(async (word: string) => {
    counts.set(word, (counts.get(word) ?? 0) + 1);
    return { count: counts.get(word) ?? 0, saved };
  });
  const onChange = vi.fn();
  const extras = createWordExtras({
    setKnown: async () => undefined,
    isKnown: (w) => known.has(w),
    markKnown: (w) => void known.add(w),
    recordLookup,
    onChange,
    setTimeout: timers.setTimeout,
    clearTimeout: timers.clearTimeout,
  });
  return { extras, timers, recordLookup, onChange, known };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('lookup history from the popup', () => {
  it('counts a hovered word once its popup has stayed open for the dwell, not a glance', async () => {
    const { extras, timers, recordLookup } = setup();
    extras.shown('双控', 'hover');
    timers.advance(HISTORY_DWELL_MS - 1);
    extras.hidden();
    timers.advance(10_000);
    expect(recordLookup).not.toHaveBeenCalled();
    extras.shown('双控', 'hover');
    extras.shown('双控', 'hover'); // a render of the same popup is not another lookup
    timers.advance(HISTORY_DWELL_MS);
    expect(recordLookup).toHaveBeenCalledTimes(1);
  });

  it('counts at once a popup opened on purpose (click or key)', () => {
    const { extras, recordLookup } = setup();
    extras.shown('两高', 'click');
    extras.shown('双控', 'key');
    expect(recordLookup.mock.calls.map((c) => c[0])).toEqual(['两高', '双控']);
  });

  it(`hints "save?" after ${HINT_AFTER} lookups of a word not saved, never for a saved one`, async () => {
    const { extras, onChange } = setup();
    for (let i = 0; i < HINT_AFTER; i++) {
      expect(extras.view('碳汇', false).hint).toBe(false);
      extras.shown('碳汇', 'key');
      extras.hidden();
      await settle();
    }
    expect(extras.view('碳汇', false).hint).toBe(true);
    expect(extras.view('碳汇', true).hint).toBe(false);
    expect(onChange).toHaveBeenCalledWith('碳汇');
    const savedOne = setup(true);
    for (let i = 0; i < HINT_AFTER + 1; i++) {
      savedOne.extras.shown('碳汇', 'key');
      savedOne.extras.hidden();
      await settle();
    }
    expect(savedOne.extras.view('碳汇', false).hint).toBe(false);
  });

  it('marks a word known: stored, unmarked on the page, shown as known', async () => {
    const { extras, onChange, known } = setup();
    await extras.markKnown('双控');
    expect(known.has('双控')).toBe(true);
    expect(extras.view('双控', false).known).toBe(true);
    expect(onChange).toHaveBeenCalledWith('双控');
  });
});
