import { describe, expect, it } from 'vitest';
import { looksLikePersonName, looksLikePlace } from '@/core/glossary/learn/name-filter';

describe('name filter', () => {
  it('recognises people by surname, unknown given name and the words around them', () => {
    expect(looksLikePersonName('孟玮', false, [{ before: '新闻发言人', after: '指出，今' }])).toBe(true);
    expect(looksLikePersonName('王君红', false, [{ before: '', after: '，1971' }])).toBe(true);
    expect(looksLikePersonName('孔女士', false, [])).toBe(true);
  });

  it('leaves field words and dictionary words alone even when they start with a surname character', () => {
    expect(looksLikePersonName('高耗能', false, [])).toBe(false); // 耗 is a field character
    expect(looksLikePersonName('高质量', true, [])).toBe(false); // the dictionary knows it
  });

  it('recognises places but not words that merely end like one', () => {
    const names = new Set(['石家庄', '海淀']);
    const known = (word: string) => ['建成', '城市', '建成区'].includes(word);
    expect(looksLikePlace('石家庄市', names, known, false)).toBe(true);
    expect(looksLikePlace('峡江县', names, known, false)).toBe(true);
    expect(looksLikePlace('建成区', names, known, false)).toBe(false);
    expect(looksLikePlace('湿地城市', names, known, false)).toBe(false);
  });
});
