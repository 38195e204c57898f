import { describe, expect, it } from 'vitest';
import { addEnglish } from '@/core/dictionary/dictionary-annotate';
import type { GlossaryEntry, Token } from '@/core/types';
import { excerptDictionary } from './excerpt';

const token = (text: string, start: number, extra: Partial<Token> = {}): Token => ({
  text,
  start,
  end: start + text.length,
  zh: /\p{Script=Han}/u.test(text),
  pinyin: '',
  tones: [],
  ...extra,
});

describe('addEnglish', () => {
  it('gives Chinese tokens the glossary English, else the first sense, else the parts; others stay as they are', () => {
    const term = { term: '碳达峰', id: '碳达峰', english: 'carbon peaking' } as GlossaryEntry;
    const dict = excerptDictionary({ glossary: [term] });
    const tokens = [
      token('环境', 0),
      token('碳达峰', 2, { glossaryId: '碳达峰' }),
      token('两高', 5),
      token(' ', 7),
      token('CO2', 8),
      token('1+N', 11, { glossaryId: '1+N' }),
    ];
    expect(
      addEnglish(tokens, dict).map(({ text, english, glossary }) => ({ text, english, glossary })),
    ).toEqual([
      { text: '环境', english: 'environment', glossary: false },
      { text: '碳达峰', english: 'carbon peaking', glossary: true },
      { text: '两高', english: 'two + high', glossary: false },
      { text: ' ', english: undefined, glossary: undefined },
      { text: 'CO2', english: undefined, glossary: undefined },
      { text: '1+N', english: '1+N', glossary: true },
    ]);
  });
});
