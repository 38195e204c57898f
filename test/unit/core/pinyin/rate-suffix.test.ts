/** 率: lǜ as the bound suffix of a rate, shuài as a verb (core/pinyin/rate-suffix.ts), in whole sentences. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Annotator } from '@/core/annotator';
import { plainCore } from '../core-setup';

let annotator: Annotator;
beforeAll(async () => {
  annotator = (await plainCore()).annotator;
}, 60_000);

/** The reading of each 率 of the sentence, in order. */
const readings = (sentence: string) =>
  annotator
    .annotate(sentence)
    .flatMap((token) => [...token.text].map((char, k) => [char, token.pinyin.split(' ')[k]]))
    .filter(([char]) => char === '率')
    .map(([, reading]) => reading);

describe('率', () => {
  it.each([
    ['回收率和达标率', ['lǜ', 'lǜ']],
    ['城镇污水处理率达到95%', ['lǜ']],
    ['综合利用率和回收率分别为80%', ['lǜ', 'lǜ']],
    ['提高能源利用效率', ['lǜ']],
    ['森林覆盖率达到百分之四十', ['lǜ']],
    ['在全国率先实行河长制', ['shuài']],
    ['书记率领代表团出访', ['shuài']],
    ['发挥表率作用', ['shuài']],
    ['局长率队检查', ['shuài']],
    ['他率队检查', ['shuài']],
  ])('%s', (sentence, expected) => {
    expect(readings(sentence)).toEqual(expected);
  });
});
