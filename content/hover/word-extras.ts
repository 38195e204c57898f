/**
 * What the word popup adds to looking up: **Known** (button and K), and lookup history: a word whose popup
 * stays open HISTORY_DWELL_MS (or was opened on purpose, by a click or a key) is counted once per opening,
 * and a word looked up HINT_AFTER times and not saved gets a quiet "save?" hint. The clock is passed in.
 */

/** How a popup was opened: resting the pointer, or on purpose (a click, a key, the context menu). */
export type OpenedBy = 'hover' | 'click' | 'key';

/** A glance is not a lookup: the popup must stay open this long to count (opened by hovering). */
export const HISTORY_DWELL_MS = 1_000;
/** Lookups of an unsaved word before its popup suggests saving it. */
export const HINT_AFTER = 3;

export interface WordExtrasDeps {
  setKnown: (word: string) => Promise<unknown>;
  isKnown: (word: string) => boolean;
  /** Records the word as known on the page (its marks go). */
  markKnown: (word: string) => void;
  recordLookup: (word: string) => Promise<{ count: number; saved: boolean }>;
  /** Something the popup shows changed for `word` (known, a hint): render it again if it is shown. */
  onChange: (word: string) => void;
  setTimeout: (fn: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
}

export function createWordExtras(deps: WordExtrasDeps) {
  let timer = 0;
  let current: string | null = null;
  const hints = new Set<string>();

  async function record(word: string): Promise<void> {
    try {
      const { count, saved } = await deps.recordLookup(word);
      if (count >= HINT_AFTER && !saved) {
        hints.add(word);
        deps.onChange(word);
      }
    } catch {
      // History is a convenience: a lookup not counted (the worker restarting) costs the reader nothing.
    }
  }

  return {
    /** The popup's known state and hint for `word`. */
    view(word: string, saved: boolean): { known: boolean; hint: boolean } {
      return { known: deps.isKnown(word), hint: !saved && hints.has(word) };
    },
    async markKnown(word: string): Promise<void> {
      try {
        await deps.setKnown(word);
      } catch {
        return; // not stored (the worker restarting): the word stays as it was, and K can be pressed again
      }
      deps.markKnown(word);
      hints.delete(word);
      deps.onChange(word);
    },
    /** The popup shows `word` now (called on every render; a new word starts a new lookup). */
    shown(word: string, how: OpenedBy): void {
      if (current === word) return;
      deps.clearTimeout(timer);
      current = word;
      if (how !== 'hover') {
        void record(word);
        return;
      }
      timer = deps.setTimeout(() => void record(word), HISTORY_DWELL_MS);
    },
    /** The popup closed before the dwell: not a lookup. */
    hidden(): void {
      deps.clearTimeout(timer);
      current = null;
    },
  };
}

export type WordExtras = ReturnType<typeof createWordExtras>;
