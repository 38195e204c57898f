/**
 * English for annotated tokens (the `annotate` CLI): each Chinese token (and glossary term) gets a one-line rendering (the
 * glossary's, else the first CC-CEDICT sense, else the meanings of its parts) and whether it is a
 * policy-glossary term.
 */

import type { Token } from '../types';
import type { Dictionary } from './dictionary';

export interface EnglishToken extends Token {
  english?: string;
  glossary?: boolean;
}

export function addEnglish(
  tokens: readonly Token[],
  dictionary: Pick<Dictionary, 'english'>,
): EnglishToken[] {
  const memo = new Map<string, string>();
  return tokens.map((token) => {
    // Policy terms written without Han characters (1+N) are glossary terms too.
    if (!token.zh && token.glossaryId === undefined) return token;
    let english = memo.get(token.text);
    if (english === undefined) {
      english = dictionary.english(token.text);
      memo.set(token.text, english);
    }
    return { ...token, english, glossary: token.glossaryId !== undefined };
  });
}
