/** Arabic digits (ASCII and full-width) with decimal points and thousands separators, or a percentage. */
const DIGITS = /^[0-9０-９]+(?:[.,．，][0-9０-９]+)*[%％]?/;
/** Chinese numerals as they are written in numbers and dates (二〇二五, 三十五, 两千, 1.5亿 after digits). */
const NUMERALS = /^[〇零一二三四五六七八九十百千万亿两]+/;
const NUMERAL_TAIL = /^[十百千万亿]+/;

/**
 * The parts a number compound (2025年, 3月, 30万, 二〇二五年, 5家) is read from: each Chinese numeral
 * character, and the unit after the number (年, 家, 吨, 平方米). A word list such as HSK has no entry
 * for the compound itself, so how hard it is must come from these parts (年 is HSK 1, 吨 is HSK 5);
 * digits need no reading. Null when the word does not start with a number.
 */
export function numberParts(word: string): string[] | null {
  let number = DIGITS.exec(word)?.[0] ?? '';
  const afterDigits = word.slice(number.length);
  const numerals = (number ? NUMERAL_TAIL : NUMERALS).exec(afterDigits)?.[0] ?? '';
  number += numerals;
  if (number === '') return null;
  const unit = word.slice(number.length);
  const parts = new Set<string>(numerals);
  if (unit) parts.add(unit);
  return [...parts];
}
