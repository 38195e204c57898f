import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardFormula, unguardFormula } from '@/core/export/formula';

describe('spreadsheet formula guard', () => {
  it('neutralises cells a spreadsheet would run', () => {
    for (const cell of ['=1+1', '+SUM(A1)', '-2', '@HYPERLINK("x")', '\t=1', '\r=1']) {
      expect(guardFormula(cell)).toBe(`'${cell}`);
    }
    expect(guardFormula('碳达峰')).toBe('碳达峰');
    expect(guardFormula("it's")).toBe("it's");
  });

  it('adds one apostrophe to values that already look guarded, so import removes exactly one', () => {
    expect(guardFormula("'=1")).toBe("''=1");
    expect(unguardFormula("''=1")).toBe("'=1");
    expect(unguardFormula("'hello")).toBe("'hello");
  });

  it('round-trips every string', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.constantFrom('', "'", "''", '=', '-', '@'),
        (s, prefix) => {
          const v = prefix + s;
          expect(unguardFormula(guardFormula(v))).toBe(v);
        },
      ),
      { numRuns: 500 },
    );
  });
});
