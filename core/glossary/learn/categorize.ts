/**
 * The category of a learned term, from its form and the evidence behind it: codes are pollutants, numbered
 * formulas and quoted coinages of two or three characters are abbreviations, quoted four-character set
 * phrases are slogans, document titles' last words are documents; otherwise the head it ends in decides.
 */
import type { GlossaryCategory } from '../../types';
import { CODE_TERM, domainHead, domainPrefix, GRADE_TERM } from './domain-morphemes';
import type { SignalName } from './learn-types';

export function categorize(term: string, signals: ReadonlySet<SignalName>, known: boolean): GlossaryCategory {
  if (CODE_TERM.test(term)) return 'pollutant';
  if (GRADE_TERM.test(term)) return 'metric';
  if (signals.has('numbered')) return 'abbreviation';
  if (signals.has('measured')) return 'metric';
  const head = domainHead(term);
  if (signals.has('quoted') && !head) {
    if (term.length <= 3 && !known) return 'abbreviation';
    return 'slogan';
  }
  if (!head && !domainPrefix(term) && term.length === 4 && !known && signals.has('parallel-list'))
    return 'slogan';
  if (head) return head.category;
  if (signals.has('title-form')) return 'document';
  return 'concept';
}
