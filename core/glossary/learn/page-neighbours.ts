/**
 * The words beside each run the page learner found, on the page as the reader sees it, and what they say of
 * the run: a fragment of a longer name (the same content word after most of its uses), a counted phrase (a
 * numeral before them), a name cut before a head a list shares (core/glossary/learn/page-terms.ts reads them).
 */
import { countedMostly, type LexiconTerm } from '../../segment/learn-lexicon';
import { HAN_NUMERAL_CHARS } from '../../text/han';
import type { PageWord } from './page-terms';

/** A numeral or an ordinal (五十, 第二): what a run after it counts (第二|款|规定, 第一|类|水污染物). */
const COUNT = new RegExp(`^第?[${HAN_NUMERAL_CHARS}半0-9０-９]+$`, 'u');
/** Most of a run's occurrences, at least: with the same word beside it, it is that longer unit's fragment. */
const FRAGMENT_SHARE = 3 / 4;

export interface Neighbours {
  left: Map<string, number>;
  right: Map<string, number>;
  count: number;
}

/**
 * The words beside each learned run on the page as the reader sees it: with the policy terms the learner
 * reads as breaks (a run cut before 主管部门 has that term after it, not the paragraph's edge, which would
 * count as a new neighbour each time). '' for a paragraph's edge or what is not Chinese.
 */
export function* neighboursOf(
  paragraphs: readonly (readonly PageWord[])[],
  terms: readonly LexiconTerm[],
  pause: () => boolean,
): Generator<void, Map<string, Neighbours>, unknown> {
  const byFirst = new Map<string, LexiconTerm[]>();
  for (const t of terms) {
    const first = t.parts[0] as string;
    const list = byFirst.get(first);
    if (list) list.push(t);
    else byFirst.set(first, [t]);
  }
  const out = new Map<string, Neighbours>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const textAt = (words: readonly PageWord[], i: number) => {
    const word = words[i];
    return word?.zh ? word.text : '';
  };
  for (const words of paragraphs) {
    // A page's worth of paragraphs: the background's scheduler runs this in chunks of ~10 ms.
    if (pause()) yield;
    for (let i = 0; i < words.length; i++) {
      const starting = words[i]?.zh ? byFirst.get(words[i]?.text as string) : undefined;
      for (const t of starting ?? []) {
        if (!t.parts.every((part, k) => words[i + k]?.zh && words[i + k]?.text === part)) continue;
        let entry = out.get(t.term);
        if (!entry) {
          entry = { left: new Map(), right: new Map(), count: 0 };
          out.set(t.term, entry);
        }
        entry.count++;
        bump(entry.left, textAt(words, i - 1));
        bump(entry.right, textAt(words, i + t.parts.length));
      }
    }
  }
  return out;
}

/**
 * Whether a run is a fragment or a counted phrase by the words beside it: the same content word after most of
 * its occurrences (省|交通 before 主管部门: the name cut before its head; 雪山|冰川 before 冻土), or a
 * numeral before most of them (第二|款|规定, 第一|类|水污染物). The learner's own neighbour test counts a policy
 * term beside it as a paragraph's edge, a new neighbour each time. Not the same word before it: a term is often
 * put after the same owner or modifier (建设项目|环境影响报告书, 县级以上人民政府|林业主管部门) and stays a term.
 */
export function fragmentOrCounted(
  seen: Neighbours | undefined,
  saysNothing: (word: string) => boolean,
): boolean {
  if (!seen) return false;
  const same = (map: Map<string, number>) =>
    [...map].some(([word, n]) => word !== '' && !saysNothing(word) && n >= FRAGMENT_SHARE * seen.count);
  return same(seen.right) || countedMostly(seen.left, COUNT);
}

/**
 * Whether a run the page also writes as one unit with a head after it (国务院财政部门) goes without a word
 * after it in most of its occurrences (国务院|财政 before 、: the head is shared by a list, the run is a cut name).
 */
export function headless(seen: Neighbours | undefined): boolean {
  return !!seen && (seen.right.get('') ?? 0) >= FRAGMENT_SHARE * seen.count;
}
