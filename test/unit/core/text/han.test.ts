import { describe, expect, it } from 'vitest';
import { HAN_PATTERN, hasHan } from '@/core/text/han';

describe('hasHan', () => {
  it('agrees with the Unicode pattern on every code point', () => {
    const disagree: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (hasHan(`a${ch}b`) !== HAN_PATTERN.test(ch)) disagree.push(cp);
    }
    expect(disagree).toEqual([]);
  });

  it('finds Han in mixed text and none in lone surrogates', () => {
    expect(hasHan('CO2 排放')).toBe(true);
    expect(hasHan('𠀀')).toBe(true);
    expect(hasHan('\ud840')).toBe(false);
    expect(hasHan('carbon peak')).toBe(false);
  });
});
