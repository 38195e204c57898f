/**
 * Character classes the learner reasons with. A term may mix Han characters with Latin letters, digits,
 * "+", "." and Roman numerals (PM2.5, 1+N, 劣Ⅴ类); everything else (punctuation, quotes, spaces) ends a chunk.
 */

const TERM_CHAR = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffA-Za-z0-9+.\u2160-\u217f]/u;
const HAN_CHAR = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;

export function isTermChar(ch: string): boolean {
  return TERM_CHAR.test(ch);
}

export function isHan(ch: string): boolean {
  return HAN_CHAR.test(ch);
}

/**
 * Grammatical characters that begin or end phrases, not terms: particles, prepositions, conjunctions,
 * demonstratives, copulas. A candidate starting or ending with one is a phrase fragment (的碳中和, 碳中和和).
 */
export const NO_START = new Set([
  ...'的了着过是在和与及或对把被将从向于以由并而且也都就还又再其这那此该每某让使给到之等为即如若但却所很最更已要',
]);
export const NO_END = new Set([
  ...'的了着过是在和与及或对把被将从向于以由并而且也都就还又再其这那此该各每某让使给之为即如若但却所很最更已个',
]);

/** Localisers and function characters: a one-character word of these always ends a phrase (2030年前|碳达峰). */
export const BOUNDARY_CHARS = new Set([...NO_START, ...NO_END, ...'前后内外间时上下里中']);

/** Han numerals, which begin counted phrases (三年, 五部门) unless the phrase is a numbered formula (五个机制). */
export const NUMERALS = new Set([...'〇零一二三四五六七八九十百千万亿两双']);

/** Sentence ends: the learner's examples are whole sentences. */
export const SENTENCE_END = /(?<=[。！？；!?;])/u;

const CHUNK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffA-Za-z0-9+.\u2160-\u217f]+/gu;

/** Splits a sentence into chunks of term characters, with each chunk's UTF-16 start offset. */
export function chunksOf(sentence: string): { text: string; start: number }[] {
  return [...sentence.matchAll(CHUNK)].map((match) => ({ text: match[0], start: match.index ?? 0 }));
}
