/**
 * A learned run that is a known unit with a free head word put after it (污染防治 + 工作, 环境保护 + 设施,
 * 水土保持 + 措施) is a phrase built on that unit, not a unit of its own: as one reading unit it would hide the
 * unit a reader needs explained behind a compositional extension the popup can only gloss by its parts.
 * Only a word after: a modifier in front narrows the unit to a thing of its own (行政 + 主管部门 is one kind of
 * authority, 直辖市 + 人民政府 one level of government), and the policy prose names it so.
 *
 * The evidence is the corpus's own:
 *   - the inner unit is known: a term the learner keeps, or a dictionary compound of three or more
 *     characters the words were grouped into (水土保持);
 *   - it mostly stands without the extension (the run is at most half of its uses): a unit that nearly
 *     always comes with the word is a fragment of the longer term, which stays;
 *   - the added word is free: a word of two or more characters that ends many of the corpus's candidate
 *     runs, so it combines with whatever precedes it. A one-character suffix (…量, …权, …费) makes a word,
 *     never an extension.
 */

export interface FreeExtensionCounts {
  /** How often a text occurs as a run of whole words. */
  frequency(text: string): number;
  /** Whether the text is a known unit (see above). */
  known(text: string): boolean;
  /** Whether the word combines freely after other units (ends many runs). */
  free(word: string): boolean;
}

/** Most of its inner unit's uses a run may have and still be only that unit with a free word put to it. */
const MAX_SHARE = 1 / 2;

/** True when `parts` are a known unit with one free word after it (see above). */
export function freeExtension(parts: readonly string[], counts: FreeExtensionCounts): boolean {
  if (parts.length < 2) return false;
  const word = parts[parts.length - 1] as string;
  const inner = parts.slice(0, -1).join('');
  return (
    word.length >= 2 &&
    counts.known(inner) &&
    counts.frequency(parts.join('')) <= MAX_SHARE * counts.frequency(inner) &&
    counts.free(word)
  );
}
