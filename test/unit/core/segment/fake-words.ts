/**
 * Words as a segmenter would give them ("降|低碳|排放"), for tests of reading units: Han words get a fake
 * reading of one syllable per character (so readings can be sliced) and tone 1; `glossary` words a glossaryId.
 */
import type { Token } from '@/core/types';

export function fakeWords(line: string, glossary: readonly string[] = []): Token[] {
  let at = 0;
  return line.split('|').map((text) => {
    const start = at;
    at += text.length;
    const zh = /\p{Script=Han}/u.test(text);
    const token: Token = {
      text,
      start,
      end: at,
      zh,
      pinyin: zh ? [...text].map((c) => `p${c.charCodeAt(0) % 7}`).join(' ') : '',
      tones: zh ? [...text].map(() => 1) : [],
    };
    if (glossary.includes(text)) token.glossaryId = text;
    return token;
  });
}
