import { describe, expect, it, vi } from 'vitest';
import { GlossaryFileError, parseGlossary } from '@/core/glossary/glossary-file';
import type { GlossaryEntry } from '@/core/types';

const liangGao = {
  id: '两高',
  term: '两高',
  pinyin: 'liǎng gāo',
  english: 'energy-intensive, high-emission (projects)',
  explanation: '',
  category: 'abbreviation',
  examples: [],
  reviewed: true,
  frequency: 3,
  score: 1,
  signals: [],
} as GlossaryEntry;

describe('parseGlossary', () => {
  it('keeps well-formed entries and warns about the rest', () => {
    const warn = vi.fn();
    const noEnglish = { ...liangGao, english: undefined };
    const text = JSON.stringify([liangGao, { term: 3 }, null, noEnglish, { ...liangGao, term: '' }]);
    expect(parseGlossary(text, warn)).toEqual([liangGao]);
    expect(warn).toHaveBeenCalledWith('glossary.json: 4 malformed entries left out');
  });

  it('says nothing about a clean file', () => {
    const warn = vi.fn();
    expect(parseGlossary(JSON.stringify([liangGao]), warn)).toEqual([liangGao]);
    expect(warn).not.toHaveBeenCalled();
  });

  it.each(['{oops', '{}', '"text"'])('refuses %s as a whole', (text) => {
    expect(() => parseGlossary(text, () => undefined)).toThrow(GlossaryFileError);
  });
});
