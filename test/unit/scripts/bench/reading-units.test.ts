// The closing note's verdict on issue #17's "English not composed" rests on this ceiling: small made-up
// documents pin what it counts (no gold file is read).
import { describe, expect, it } from 'vitest';
import { explainedCeiling } from '../../../../scripts/bench/reading-units';

const known = (...words: string[]) => {
  const set = new Set(words);
  return (word: string) => set.has(word);
};

describe('explainedCeiling', () => {
  it('counts every occurrence, and those whose term has English that is not composed', () => {
    const result = explainedCeiling(
      ['甲乙丙和甲乙丙', '丁戊己'],
      { terms: ['甲乙丙', '丁戊己'], splits: new Map() },
      known('甲乙丙'),
    );
    expect(result).toEqual({ occurrences: 3, ceiling: 2 });
  });

  it('counts a term inside a longer gold term with English where the longer one is on the page', () => {
    const gold = { terms: ['排放配额', '碳排放配额'], splits: new Map() };
    // The first 排放配额 lies inside 碳排放配额, the second stands alone.
    const result = explainedCeiling(['碳排放配额和排放配额'], gold, known('碳排放配额'));
    expect(result).toEqual({ occurrences: 3, ceiling: 2 });
    // At the start of a paragraph no longer term can hold it.
    expect(explainedCeiling(['排放配额'], gold, known('碳排放配额'))).toEqual({ occurrences: 1, ceiling: 0 });
  });

  it('counts a term the gold accepts as parts when every part has English', () => {
    const gold = { terms: ['碳达峰碳中和'], splits: new Map([['碳达峰碳中和', ['碳达峰', '碳中和']]]) };
    expect(explainedCeiling(['碳达峰碳中和'], gold, known('碳达峰', '碳中和'))).toEqual({
      occurrences: 1,
      ceiling: 1,
    });
    expect(explainedCeiling(['碳达峰碳中和'], gold, known('碳达峰'))).toEqual({ occurrences: 1, ceiling: 0 });
  });
});
