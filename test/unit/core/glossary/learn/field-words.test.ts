/** Field words from a policy corpus (core/glossary/learn/field-words.ts), on documents written for the test. */
import { describe, expect, it } from 'vitest';
import { fieldWordsOf } from '@/core/glossary/learn/field-words';
import { RARE_COST } from '@/core/glossary/learn/score';

const cost = new Map([
  ['督办', RARE_COST + 10],
  ['挂牌', RARE_COST + 5],
  ['企业', 80],
]);

describe('field words of a policy corpus', () => {
  it('takes the words rare in general Chinese that several documents use', () => {
    const docs = [
      ['挂牌', '督办', '企业'],
      ['督办', '企业', '督办'],
      ['督办', '企业', '挂牌'],
    ];
    // 督办 in three documents, 挂牌 in two; 企业 is everyday, 二十五 and unknown words are never field words.
    expect(fieldWordsOf(docs, cost, 3)).toEqual(new Set(['督办']));
    expect(fieldWordsOf(docs, cost, 2)).toEqual(new Set(['督办', '挂牌']));
    expect(fieldWordsOf([['二十五'], ['二十五']], cost, 2)).toEqual(new Set());
  });
});
