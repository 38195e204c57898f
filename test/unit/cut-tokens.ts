import type { Token } from '@/core/types';

/** Tokens of a line cut by hand at '|' (碳效|码: the way the segmenter cuts a compound no lexicon knows). */
export function cutTokens(line: string): Token[] {
  let at = 0;
  return line.split('|').map((text) => {
    const start = at;
    at += text.length;
    return { text, start, end: at, zh: /\p{Script=Han}/u.test(text), pinyin: '', tones: [] };
  });
}
