import { describe, expect, it } from 'vitest';
import { numberParts } from '@/core/text/number-parts';

describe('numberParts', () => {
  it('splits dates and other number + unit compounds into numerals and the unit', () => {
    expect(numberParts('2025年')).toEqual(['年']);
    expect(numberParts('3月')).toEqual(['月']);
    expect(numberParts('26日')).toEqual(['日']);
    expect(numberParts('２６日')).toEqual(['日']);
    expect(numberParts('1.5亿')).toEqual(['亿']);
    expect(numberParts('30万吨')).toEqual(['万', '吨']);
    expect(numberParts('5%')).toEqual([]);
    expect(numberParts('二〇二五年')).toEqual(['二', '〇', '五', '年']);
    expect(numberParts('三十五家')).toEqual(['三', '十', '五', '家']);
    expect(numberParts('两千')).toEqual(['两', '千']);
  });

  it('leaves words that do not start with a number alone', () => {
    expect(numberParts('推进')).toBeNull();
    expect(numberParts('碳达峰')).toBeNull();
    expect(numberParts('')).toBeNull();
  });
});
