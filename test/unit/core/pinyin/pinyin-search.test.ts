import { describe, expect, it } from 'vitest';
import { matches, parseQuery, searchKeys, tonelessCompact } from '@/core/pinyin/pinyin-search';
import { narrows } from '@/ui/review/review-query';

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

describe('narrowing a growing query', () => {
  const n = (a: string, b: string) => narrows(parseQuery(a), parseQuery(b));
  it('reuses the previous matches only when every new match is among them', () => {
    expect(n('', 'tan')).toBe(true);
    expect(n('tan', 'tanz')).toBe(true);
    expect(n('tan', 'tan zh')).toBe(true);
    expect(n('碳', '碳中')).toBe(true);
    expect(n('lu', 'lu:')).toBe(false);
    expect(n('ta', 'tà')).toBe(false);
    expect(n('tanz', 'tan')).toBe(false);
  });

  it('gives the same results as searching everything', () => {
    const items = ['碳中和|tàn zhōng hé|carbon neutrality', '绿色|lǜ sè|green', '路|lù|road', '他|tā|he'].map(
      (s) => {
        const [term = '', pinyin = '', english = ''] = s.split('|');
        return searchKeys({ term, pinyin, text: [english] });
      },
    );
    const typed = ['l', 'lu', 'lu:', 'lu:s', 't', 'ta', 'tà', 'tàn', 'tan z', 'g', 'gr'];
    let prev = parseQuery('');
    let current = items;
    for (const text of typed) {
      const q = parseQuery(text);
      const base = narrows(prev, q) ? current : items;
      current = base.filter((k) => matches(k, q));
      expect(current).toEqual(items.filter((k) => matches(k, q)));
      prev = q;
    }
  });
});
