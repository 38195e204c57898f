/**
 * Reading-unit measurements for `npm run bench`: how many occurrences of a document's gold terms come out
 * as one reading unit and how many of those have English that is not composed (the held-out documents of
 * ../shared/gold/domain-dev), and the seed's policy terms on words and on units. Evaluation only: nothing
 * here feeds the lexicon, the glossary or a test.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Dictionary } from '../../core/dictionary/dictionary';
import type { Token } from '../../core/types';

export interface TermCoverage {
  occurrences: number;
  whole: number;
  /** Whole occurrences whose English is reviewed (glossary), CC-CEDICT's or the lexicon's reviewed one. */
  explained: number;
  /** Terms with occurrences that are not one unit: how many, and what the last one came out as. */
  split: Map<string, { misses: number; cut: string }>;
}

/** A gold file: its terms, and the readings besides the whole term that its notes accept. */
export interface GoldTerms {
  terms: string[];
  /**
   * `碳达峰碳中和  … (should read as 碳达峰 + 碳中和 or whole; …)` accepts the two parts, each one unit.
   * Term → the parts, in order.
   */
  splits: Map<string, string[]>;
}

/** Gold terms from a TSV (term, then notes; # comments and a `term` header line skipped), read once. */
export function readGold(path: string): GoldTerms | undefined {
  if (!existsSync(path)) return undefined;
  const terms: string[] = [];
  const splits = new Map<string, string[]>();
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/u)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [first = '', note = ''] = line.split('\t');
    const term = first.trim();
    if (!term || term === 'term') continue;
    terms.push(term);
    const match = /read as ([^()]+?) or whole/u.exec(note);
    if (!match) continue;
    const parts = (match[1] as string).split('+').map((part) => part.trim());
    if (parts.length >= 2 && parts.join('') === term) splits.set(term, parts);
  }
  return { terms, splits };
}

/**
 * An occurrence counts as one unit when a unit is exactly the term, or when it lies inside a longer gold
 * term that is itself one unit (碳排放权 inside 碳排放权交易), as the seed's test counts nested glossary terms.
 */
export function coverage(
  paragraphs: readonly string[],
  annotate: (paragraph: string) => Token[],
  terms: readonly string[],
  dictionary: Pick<Dictionary, 'lookup'>,
  /** Whether a longer unit may hold the term: by default one that is itself a gold term. */
  holds?: (unit: Token) => boolean,
  /** Readings the gold's notes accept besides the whole term, each part one unit (readGold). */
  splits: ReadonlyMap<string, readonly string[]> = new Map(),
): TermCoverage {
  const gold = new Set(terms);
  const contains = holds ?? ((unit: Token) => gold.has(unit.text));
  const result: TermCoverage = { occurrences: 0, whole: 0, explained: 0, split: new Map() };
  const isExplained = explainedBy(dictionary);
  for (const paragraph of paragraphs) {
    let units: Token[] | undefined;
    for (const term of terms) {
      for (let at = paragraph.indexOf(term); at >= 0; at = paragraph.indexOf(term, at + 1)) {
        units ??= annotate(paragraph);
        result.occurrences++;
        const unit =
          units.find((u) => u.start === at && u.end === at + term.length) ??
          units.find((u) => u.start <= at && u.end >= at + term.length && u.text !== term && contains(u));
        const accepted = unit ? undefined : acceptedParts(units, at, splits.get(term));
        if (accepted) {
          result.whole++;
          if (accepted.every((part) => isExplained(part.text))) result.explained++;
          continue;
        }
        if (!unit) {
          const around = units.filter((u) => u.end > at && u.start < at + term.length).map((u) => u.text);
          const misses = (result.split.get(term)?.misses ?? 0) + 1;
          result.split.set(term, { misses, cut: around.join('|') });
          continue;
        }
        result.whole++;
        if (isExplained(unit.text)) result.explained++;
      }
    }
  }
  return result;
}

/**
 * Whether a unit's English is not composed: the reviewed glossary's, CC-CEDICT's or the domain lexicon's
 * reviewed one (a lexicon entry with composed English is no dictionary entry). Memoised per word.
 */
export function explainedBy(dictionary: Pick<Dictionary, 'lookup'>): (word: string) => boolean {
  const known = new Map<string, boolean>();
  return (word) => {
    let is = known.get(word);
    if (is === undefined) {
      const info = dictionary.lookup(word);
      is = info.glossary ? info.glossary.reviewed : info.entries.length > 0;
      known.set(word, is);
    }
    return is;
  };
}

/**
 * The most gold-term occurrences whose English can be not composed, whatever the segmentation: an occurrence
 * counts when `explained` holds for the term, for all of the parts its gold note accepts, or for a longer gold
 * term around it (which coverage() lets hold it). Tells how far "English not composed" can go on a document
 * with the English sources given, before anything is segmented.
 */
export function explainedCeiling(
  paragraphs: readonly string[],
  { terms, splits }: GoldTerms,
  explained: (word: string) => boolean,
): { occurrences: number; ceiling: number } {
  let occurrences = 0;
  let ceiling = 0;
  const around = (paragraph: string, at: number, term: string) =>
    terms.some((outer) => {
      if (outer === term || !outer.includes(term) || !explained(outer)) return false;
      for (let k = outer.indexOf(term); k >= 0; k = outer.indexOf(term, k + 1))
        if (at >= k && paragraph.startsWith(outer, at - k)) return true;
      return false;
    });
  for (const paragraph of paragraphs)
    for (const term of terms)
      for (let at = paragraph.indexOf(term); at >= 0; at = paragraph.indexOf(term, at + 1)) {
        occurrences++;
        const parts = splits.get(term);
        if (explained(term) || parts?.every(explained) || around(paragraph, at, term)) ceiling++;
      }
  return { occurrences, ceiling };
}

/** The units from `at` on when they are exactly the accepted parts, in order; otherwise undefined. */
function acceptedParts(
  units: readonly Token[],
  at: number,
  parts: readonly string[] | undefined,
): Token[] | undefined {
  if (!parts) return undefined;
  const first = units.findIndex((u) => u.start === at);
  if (first < 0) return undefined;
  const run = units.slice(first, first + parts.length);
  return run.length === parts.length && run.every((u, i) => u.text === parts[i]) ? run : undefined;
}
