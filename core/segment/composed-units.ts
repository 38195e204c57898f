/**
 * Reading units composed from word roles, for compounds no dictionary or corpus holds as a whole. Policy
 * prose builds its terms from a small set of productive words: modifiers that begin many learned terms
 * (重点, 排放, 技术, 监督) and heads that end many (单位, 机构, 制度, 标准). A run of two or three whole
 * words, each a modifier but the last, which is a head, reads as one unit (重点|排放|单位 → 重点排放单位)
 * even where the corpus never had that exact run; its English is composed from the parts (unreviewed).
 *
 * The roles are learned at build time from the domain lexicon's parts (./reading-unit-data.ts stores them
 * in the unit trie's cost field beside the entry kinds), so a role word is one the corpus used that way in
 * several terms, never a list someone wrote.
 */
/** Cost-field flags of the unit trie beside UNIT_CEDICT / UNIT_LEXICON: the word's roles in compounds. */
export const UNIT_MODIFIER = 4;
export const UNIT_HEAD = 8;
/** A modifier used only as a verb: it may go on a composed unit (重点|排放|单位), never begin one (保护|环境). */
export const UNIT_INNER = 16;
/**
 * A free head: a word that ends several lexicon terms, whatever else it does (排放 ends 污染物排放 and begins
 * more). Makes no composed unit; the page-term learner reads it: a known unit with a free head put after it
 * is a phrase on that unit (core/segment/free-extensions.ts).
 */
export const UNIT_FREE = 128;

/** Most chunks (words or entries) a composed unit joins: longer runs are phrases more often than terms. */
const MAX_COMPOSED_WORDS = 3;
/** A word is a modifier (head) when it begins (ends) at least this many distinct lexicon terms. */
const MIN_ROLE_TERMS = 3;

/** Role flags of every word of two or more characters, from the lexicon terms' parts. */
export function wordRoles(
  terms: Iterable<{ parts: readonly string[] }>,
  {
    minTerms = MIN_ROLE_TERMS,
    isVerb = () => false,
  }: {
    minTerms?: number;
    /**
     * Words used only as verbs: they never begin a composed unit (保护|环境, 实行|排污许可 are verb phrases) or
     * end one (国务院|规定, 及时|处理 are a subject or an adverb with its verb).
     */
    isVerb?: (word: string) => boolean;
  } = {},
): Map<string, number> {
  const modifier = new Map<string, number>();
  const head = new Map<string, number>();
  const bump = (map: Map<string, number>, word: string) => map.set(word, (map.get(word) ?? 0) + 1);
  for (const { parts } of terms) {
    if (parts.length < 2) continue;
    // Only a term's first word counts as a modifier: the learner never lets a function word or a light verb
    // begin a term (有关, 采取, 进行), while inside one they occur (依法|进行|环境…). A role word the segmenter
    // splits (a CC-CEDICT unit over two words) is still one chunk when grouping (reading-units.ts chunksAt).
    const first = parts[0] as string;
    const last = parts[parts.length - 1] as string;
    // A word holding a particle (中的) is a segmentation slip, not a role.
    if (first.length >= 2 && !first.includes('的')) bump(modifier, first);
    if (last.length >= 2 && !last.includes('的')) bump(head, last);
  }
  const roles = new Map<string, number>();
  // A word is the role it mostly plays: 排放 begins 38 terms and ends 5, so it is no head (建立重点排放 is
  // no unit), while 技术 (12 and 12) is both.
  for (const [word, n] of modifier)
    if (n >= minTerms && n >= (head.get(word) ?? 0))
      roles.set(word, isVerb(word) ? UNIT_INNER : UNIT_MODIFIER);
  for (const [word, n] of head) {
    if (n < minTerms) continue;
    roles.set(word, (roles.get(word) ?? 0) | UNIT_FREE);
    if (n >= (modifier.get(word) ?? 0) && !isVerb(word))
      roles.set(word, (roles.get(word) as number) | UNIT_HEAD);
  }
  return roles;
}

/** Scratch buffers for the chunks at each level of a composed unit (the walk is not re-entrant). */
const depth: number[][] = Array.from({ length: MAX_COMPOSED_WORDS }, () => []);

/**
 * Ends (word indices, exclusive) of the composed units whose first chunks are `first` ([end, roles] pairs of
 * the words or entries starting at one word): chains of up to MAX_COMPOSED_WORDS chunks (`chunks(k, out)`
 * gives the pairs starting at word k), a modifier first, then modifiers or verb modifiers, a head last;
 * pushed onto `out`. Only a modifier is walked on from, so most words cost nothing here.
 */
export function composedEnds(
  first: readonly number[],
  chunks: (k: number, out: number[]) => void,
  out: number[],
): void {
  const walk = (here: readonly number[], level: number) => {
    for (let c = 0; c < here.length; c += 2) {
      const end = here[c] as number;
      const roles = here[c + 1] as number;
      if (level === 0 && !(roles & UNIT_MODIFIER)) continue;
      if (level > 0 && roles & UNIT_HEAD) out.push(end);
      if (level + 1 < MAX_COMPOSED_WORDS && roles & (UNIT_MODIFIER | UNIT_INNER)) {
        const next = depth[level + 1] as number[];
        chunks(end, next);
        walk(next, level + 1);
      }
    }
  };
  walk(first, 0);
}
