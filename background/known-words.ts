/**
 * Which words count as known: those the reader marked known, and those of an HSK level the settings
 * count as known. The one answer for the page's marks (`getKnown`) and the This page tab.
 */
import type { KnownRepo } from './db/known-repo';

export interface KnownWordsDeps {
  known: Pick<KnownRepo, 'among'>;
  /** HSK level of each word (undefined: in no HSK list), in the order asked. */
  hskOf: (words: readonly string[]) => Promise<(number | undefined)[]>;
  /** Words of HSK level ≤ this count as known; 0: none (the setting). */
  knownHsk: () => Promise<number>;
}

export function createKnownWords(deps: KnownWordsDeps) {
  return {
    async among(words: readonly string[]): Promise<Set<string>> {
      const [marked, upTo] = await Promise.all([deps.known.among(words), deps.knownHsk()]);
      const known = new Set(marked);
      if (upTo > 0) {
        const rest = words.filter((w) => !known.has(w));
        const levels = await deps.hskOf(rest);
        rest.forEach((w, i) => {
          const level = levels[i];
          if (level !== undefined && level <= upTo) known.add(w);
        });
      }
      return known;
    },
  };
}

export type KnownWords = ReturnType<typeof createKnownWords>;
