import type { SavedContext } from '../export/types';

/**
 * A card's front as text parts: the newest saved sentence that holds the term, split around each place the
 * term stands (those become blanks); null when no sentence holds it (the card shows the term alone).
 */
export function clozeParts(term: string, contexts: readonly SavedContext[]): string[] | null {
  for (let i = contexts.length - 1; i >= 0; i--) {
    const sentence = contexts[i]?.sentence ?? '';
    if (term && sentence.includes(term)) return sentence.split(term);
  }
  return null;
}
