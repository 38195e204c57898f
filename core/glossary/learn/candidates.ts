import type { CorpusArticle, CorpusSentence, LearnReference } from './learn-types';
import type { NgramStats } from './ngram-stats';
import {
  enumerationTerms,
  formulaTerms,
  glossedTerms,
  measuredTerms,
  quotedTerms,
  reformedTerms,
  type SignalContext,
  type SignalHit,
  titleSpans,
} from './policy-signals';
import { COMMON_COST } from './score';
import { BOUNDARY_CHARS, chunksOf, isHan, SENTENCE_END } from './text-classes';

export const MAX_LENGTH = 10;
export const MAX_WORDS = 5;

export interface Occurrence {
  sentence: number;
  start: number;
  before: string;
  after: string;
}

export interface Candidate {
  term: string;
  occurrences: Occurrence[];
  words: number;
  aligned: boolean;
  hits: SignalHit[];
  titled: number;
  titleForm: boolean;
  glossed: boolean;
}

export function corpusSentences(articles: readonly CorpusArticle[]): CorpusSentence[] {
  const sentences: CorpusSentence[] = [];
  articles.forEach((article, articleIndex) => {
    for (const paragraph of article.paragraphs) {
      for (const text of paragraph.split(SENTENCE_END)) {
        if (text.trim())
          sentences.push({ text: text.trim(), article: article.title || article.source, articleIndex });
      }
    }
  });
  return sentences;
}

function candidateFor(map: Map<string, Candidate>, term: string, words: number): Candidate {
  let candidate = map.get(term);
  if (!candidate) {
    candidate = {
      term,
      occurrences: [],
      words,
      aligned: false,
      hits: [],
      titled: 0,
      titleForm: false,
      glossed: false,
    };
    map.set(term, candidate);
  }
  candidate.words = Math.min(candidate.words, words);
  return candidate;
}

/** Word boundaries inside a chunk that a term may start or end at (never inside a run of unknown single characters). */
function boundaries(
  chunk: string,
  tokens: readonly string[],
): { at: Set<number>; index: Map<number, number> } {
  const at = new Set<number>();
  const index = new Map<number, number>();
  let offset = 0;
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    const weak =
      previous !== undefined &&
      previous.length === 1 &&
      token.length === 1 &&
      isHan(previous) &&
      isHan(token) &&
      !BOUNDARY_CHARS.has(previous) &&
      !BOUNDARY_CHARS.has(token);
    if (!weak) at.add(offset);
    index.set(offset, i);
    offset += token.length;
  });
  at.add(chunk.length);
  // A code written in Latin letters ends where Han text starts (PM10|月均浓度), whatever the segmenter says.
  for (const match of chunk.matchAll(/[A-Za-z][A-Za-z0-9.+]*(?=[\u4e00-\u9fff])/gu)) {
    at.add((match.index ?? 0) + match[0].length);
  }
  index.set(chunk.length, tokens.length);
  return { at, index };
}

export function collectCandidates(
  sentences: readonly CorpusSentence[],
  stats: NgramStats,
  reference: LearnReference,
): Map<string, Candidate> {
  const candidates = new Map<string, Candidate>();
  const context: SignalContext = {
    tokens: reference.tokens,
    common: (word) => (reference.cost.get(word) ?? Number.POSITIVE_INFINITY) < COMMON_COST,
  };
  sentences.forEach((sentence, s) => {
    const titles = titleSpans(sentence.text);
    const glossed = glossedTerms(sentence.text);
    for (const chunk of chunksOf(sentence.text)) {
      const tokens = reference.tokens(chunk.text);
      const { at, index } = boundaries(chunk.text, tokens);
      for (let i = 0; i < chunk.text.length; i++) {
        for (let j = i + 2; j <= Math.min(chunk.text.length, i + MAX_LENGTH); j++) {
          const term = chunk.text.slice(i, j);
          // 12家黄牌企业: a measure word after a number starts a counted phrase, not a term.
          const counted =
            i > 0 &&
            /(?:^|[^A-Za-z0-9.])[0-9.]+$/u.test(chunk.text.slice(0, i)) &&
            tokens[index.get(i) ?? -1]?.length === 1;
          const aligned = at.has(i) && at.has(j) && !counted;
          let words = 1;
          for (let k = i + 1; k < j; k++) if (index.has(k) || at.has(k)) words++;
          if (aligned ? words > MAX_WORDS : stats.count(term) < 2) continue;
          const candidate = candidateFor(candidates, term, words);
          candidate.aligned ||= aligned;
          const start = chunk.start + i;
          const end = chunk.start + j;
          candidate.occurrences.push({
            sentence: s,
            start,
            before: sentence.text.slice(Math.max(0, start - 4), start),
            after: sentence.text.slice(end, end + 4),
          });
          const title = titles.find((span) => span.start <= start && end <= span.end);
          if (title) {
            candidate.titled++;
            const titleText = sentence.text.slice(title.start, title.end).replace(/[（(]试行[）)]$/u, '');
            if (end - title.start > titleText.length) continue;
            if (end - title.start === titleText.length && words === 1 && start > title.start)
              candidate.titleForm = true;
          }
          if (glossed.endsBefore.includes(end) && term.length >= 4) candidate.glossed = true;
        }
      }
    }
    const hits = [
      ...quotedTerms(sentence.text),
      ...formulaTerms(sentence.text),
      ...enumerationTerms(sentence.text, context),
      ...measuredTerms(sentence.text, context),
      ...reformedTerms(sentence.text, context),
      ...glossed.hits,
    ];
    for (const hit of hits) {
      const candidate = candidateFor(candidates, hit.term, reference.tokens(hit.term).length);
      candidate.hits.push(hit);
      if (candidate.occurrences.length === 0) {
        const start = sentence.text.indexOf(hit.term);
        candidate.occurrences.push({
          sentence: s,
          start,
          before: sentence.text.slice(Math.max(0, start - 4), start),
          after: sentence.text.slice(start + hit.term.length, start + hit.term.length + 4),
        });
      }
    }
  });
  return candidates;
}
