import { describe, expect, it } from 'vitest';
import {
  splitToneMark,
  stylePinyin,
  styleSyllables,
  toToneNumbers,
  toZhuyin,
} from '@/core/pinyin/pinyin-style';

describe('pinyin styles', () => {
  it('turns tone marks into tone numbers, ü kept and the neutral tone as 5', () => {
    expect(stylePinyin('tàn dá fēng', 'numbers')).toBe('tan4 da2 feng1');
    expect(toToneNumbers('lǜ')).toBe('lü4');
    expect(toToneNumbers('de')).toBe('de5');
    expect(splitToneMark('Zhōng')).toEqual({ base: 'Zhong', tone: 1 });
  });

  it('spells syllables in zhuyin with their tone marks', () => {
    const cases: [string, string][] = [
      ['zhōng', 'ㄓㄨㄥ'],
      ['lǜ', 'ㄌㄩˋ'],
      ['xué', 'ㄒㄩㄝˊ'],
      ['qù', 'ㄑㄩˋ'],
      ['yuán', 'ㄩㄢˊ'],
      ['yǒu', 'ㄧㄡˇ'],
      ['wèi', 'ㄨㄟˋ'],
      ['wēn', 'ㄨㄣ'],
      ['shì', 'ㄕˋ'],
      ['zi', '˙ㄗ'],
      ['ér', 'ㄦˊ'],
      ['jiǒng', 'ㄐㄩㄥˇ'],
      ['yī', 'ㄧ'],
      ['wǔ', 'ㄨˇ'],
      ['guǎng', 'ㄍㄨㄤˇ'],
      ['diū', 'ㄉㄧㄡ'],
      ['kuí', 'ㄎㄨㄟˊ'],
      ['lùn', 'ㄌㄨㄣˋ'],
      ['r', '˙ㄦ'],
    ];
    expect(cases.map(([p]) => toZhuyin(p))).toEqual(cases.map(([, z]) => z));
  });

  it('takes the token tones over the marks, so context readings stay right', () => {
    expect(styleSyllables('yī gè', 'numbers', [2, 5])).toEqual(['yi2', 'ge5']);
    expect(styleSyllables('yī gè', 'zhuyin', [2, 5])).toEqual(['ㄧˊ', '˙ㄍㄜ']);
  });

  it('leaves text that is not a syllable as it is', () => {
    expect(stylePinyin('1+N', 'numbers')).toBe('1+N');
    expect(stylePinyin('ń', 'zhuyin')).toBe('ń');
    expect(toZhuyin('GDP')).toBeNull();
    expect(stylePinyin('tàn zhōng hé', 'marks')).toBe('tàn zhōng hé');
  });
});
