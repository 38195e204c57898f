/** The evidence a candidate collects (see score.ts for what each piece is worth), and its example sentences. */
import type { GlossaryExample } from '../../types';
import type { Candidate } from './candidates';
import {
  CODE_TERM,
  domainHead,
  domainPrefix,
  GRADE_TERM,
  hasDomainChar,
  STANDALONE_HEADS,
} from './domain-morphemes';
import type { CorpusSentence, LearnReference } from './learn-types';
import type { NgramStats } from './ngram-stats';
import { COMMON_COST, type Evidence, RARE_COST } from './score';
import { EVERYDAY_COST, fieldAffix, headHolds } from './term-filters';
import { BOUNDARY_CHARS, isHan } from './text-classes';

export function evidenceOf(
  candidate: Candidate,
  stats: NgramStats,
  reference: LearnReference,
  spread: number,
): Evidence[] {
  const { term } = candidate;
  const evidence: Evidence[] = [];
  const frequency = candidate.occurrences.length;
  if (frequency >= 2)
    evidence.push({ signal: 'recurrent', amount: Math.log(frequency), note: `frequency ${frequency}` });
  if (spread >= 2) evidence.push({ signal: 'spread', amount: 1, note: `in ${spread} articles` });
  if (frequency >= 2) {
    const h = Math.min(stats.leftEntropy(term), stats.rightEntropy(term));
    if (h >= Math.log(2) - 1e-9)
      evidence.push({ signal: 'free-context', amount: 1, note: `branching entropy ${h.toFixed(2)}` });
    const cohesion = stats.cohesion(term);
    if (cohesion >= 3)
      evidence.push({ signal: 'cohesive', amount: 1, note: `cohesion ${cohesion.toFixed(1)}` });
  }
  const cost = reference.cost.get(term);
  if (cost === undefined) {
    evidence.push({ signal: 'novel', amount: 1, note: 'not in the general dictionary' });
  } else if (cost < COMMON_COST) {
    // The commoner the word in general Chinese, the less a reader needs it explained (工作, 记者, 企业).
    const amount = Math.min(2, (COMMON_COST - cost) / 10 + 1);
    evidence.push({ signal: 'common-general', amount, note: `common general word (cost ${cost})` });
  } else if (cost >= RARE_COST) {
    evidence.push({ signal: 'rare-general', amount: 1, note: `rare in general Chinese (cost ${cost})` });
  }
  const head = domainHead(term);
  const prefix = domainPrefix(term);
  if (head && head.head !== term && headHolds(term, head, reference)) {
    // An everyday word in front of a generic head (问题|督查, 干部|考核) is a phrase, not a named practice.
    const front = term.slice(0, term.length - head.head.length);
    const everyday = (reference.cost.get(front) ?? Number.POSITIVE_INFINITY) < EVERYDAY_COST;
    // Procedural heads (…考核, …评价, …执法, …办法) combine with anything; names of things (…废物, …建筑,
    // …分局) do not, so only the former are weakened.
    const procedural = ['mechanism', 'practice', 'document'].includes(head.category);
    const generic = head.head.length > 1 && procedural && !STANDALONE_HEADS.has(head.head);
    evidence.push({
      signal: 'domain-head',
      amount: everyday && generic ? 0.5 : 1,
      note: `head …${head.head}`,
    });
  }
  if (head && head.head === term && STANDALONE_HEADS.has(term)) {
    evidence.push({ signal: 'domain-head', amount: 1.5, note: 'a word of the field' });
  }
  if (!head) evidence.push(...corpusFieldEvidence(term, reference));
  if (prefix) evidence.push({ signal: 'domain-prefix', amount: 1, note: `modifier ${prefix}…` });
  if (!head && !prefix && hasDomainChar(term))
    evidence.push({ signal: 'domain-word', amount: 1, note: 'field character' });
  const seen = new Set<string>();
  const enumerated = candidate.hits.some((h) => h.signal === 'enumerated');
  for (const hit of candidate.hits) {
    if (seen.has(hit.signal)) continue;
    // A family of siblings says more than a plain list; the two are not counted twice.
    if (hit.signal === 'parallel-list' && enumerated) continue;
    seen.add(hit.signal);
    const count = candidate.hits.filter((h) => h.signal === hit.signal).length;
    // A family sharing a morpheme of the field (…节能, …保卫战) is a family of terms; one sharing another
    // affix (…为民, …到老) is rhetoric.
    const amount = hit.signal === 'enumerated' && !candidate.hits.some((h) => fieldAffix(h.affix)) ? 0.4 : 1;
    evidence.push({ signal: hit.signal, amount, note: count > 1 ? `${hit.note} ×${count}` : hit.note });
  }
  if (candidate.titled > 0)
    evidence.push({ signal: 'titled', amount: 1, note: `in document titles ×${candidate.titled}` });
  if (candidate.titleForm)
    evidence.push({ signal: 'title-form', amount: 1, note: 'names a kind of document' });
  if (isContracted(candidate, reference)) {
    evidence.push({ signal: 'contracted', amount: 1, note: 'four characters no dictionary word covers' });
  }
  if (candidate.glossed) evidence.push({ signal: 'glossed', amount: 1, note: 'defined in place' });
  if (CODE_TERM.test(term) || GRADE_TERM.test(term))
    evidence.push({ signal: 'code', amount: 1, note: 'code or grade' });
  return evidence;
}

/**
 * A term ending in a word of the policy corpus (reference.fieldWords: rare in general Chinese, used across many
 * statutes) belongs to the field as a term ending in a listed head does. The word alone is no term on that
 * evidence: the dictionary explains it, and the statutes' own vocabulary holds everyday legal words (清单, 基准).
 */
function corpusFieldEvidence(term: string, reference: LearnReference): Evidence[] {
  const field = reference.fieldWords;
  if (!field) return [];
  const last = reference.tokens(term).at(-1) ?? '';
  if (last.length < 2 || last === term || !field.has(last)) return [];
  return [{ signal: 'domain-head', amount: 1, note: `head …${last} (a word of the policy corpus)` }];
}

/** Four Han characters that split into four one-character words, set off by word boundaries. */
function isContracted(candidate: Candidate, reference: LearnReference): boolean {
  const { term } = candidate;
  if (term.length !== 4 || !candidate.aligned || reference.cost.has(term)) return false;
  if (![...term].every((ch) => isHan(ch) && !BOUNDARY_CHARS.has(ch))) return false;
  return reference.tokens(term).length === 4;
}

export function examplesOf(
  candidate: Candidate,
  sentences: readonly CorpusSentence[],
  limit: number,
): GlossaryExample[] {
  const picked: GlossaryExample[] = [];
  const articles = new Set<number>();
  const ordered = [...new Set(candidate.occurrences.map((o) => o.sentence))]
    .map((i) => sentences[i])
    .filter((s): s is CorpusSentence => s !== undefined)
    .sort((a, b) => Number(a.text.length > 160) - Number(b.text.length > 160));
  for (const pass of [true, false]) {
    for (const sentence of ordered) {
      if (picked.length >= limit) break;
      if (pass && articles.has(sentence.articleIndex)) continue;
      if (picked.some((p) => p.sentence === sentence.text)) continue;
      articles.add(sentence.articleIndex);
      picked.push({ sentence: sentence.text, source: sentence.article });
    }
  }
  return picked;
}
