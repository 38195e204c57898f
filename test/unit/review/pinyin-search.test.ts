import { describe, expect, it } from 'vitest';
import { matches, parseQuery, searchKeys, tonelessCompact } from '@/utils/pinyin-search';

const keys = searchKeys({ term: '碳中和', pinyin: 'tàn zhōng hé', text: ['carbon neutrality'] });
const lv = searchKeys({ term: '绿色', pinyin: 'lǜ sè', text: ['green'] });
const find = (k: typeof keys, q: string) => matches(k, parseQuery(q));

describe('pinyin search', () => {
  it.each([
    'tanzhonghe',
    'tan zhong he',
    'tàn zhōng hé',
    'TanZhongHe',
    'tan4 zhong1 he2',
    'zhongh',
    '碳中',
    'neutral',
  ])('finds 碳中和 by %j', (q) => {
    expect(find(keys, q)).toBe(true);
  });

  it('respects tone marks when the query has them', () => {
    expect(find(keys, 'tán')).toBe(false);
    expect(find(keys, 'tàn')).toBe(true);
  });

  it('reads ü as v, u: or ü', () => {
    expect(find(lv, 'lvse')).toBe(true);
    expect(find(lv, 'lu:se')).toBe(true);
    expect(find(lv, 'lǜ sè')).toBe(true);
    expect(tonelessCompact('Lǚ')).toBe('lv');
  });

  it('matches everything for an empty query and nothing unrelated', () => {
    expect(find(keys, '  ')).toBe(true);
    expect(find(keys, 'shuang')).toBe(false);
  });
});
