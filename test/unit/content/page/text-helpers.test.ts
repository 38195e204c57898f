import { describe, expect, it } from 'vitest';
import { sentenceAt } from '@/content/page/sentence-at';
import { neighbourWordIndex, tokenIndexAt } from '@/content/page/token-at';
import type { Token } from '@/core/types';

const tok = (text: string, start: number, zh = true): Token => ({
  text,
  start,
  end: start + text.length,
  zh,
  pinyin: '',
  tones: [],
});

describe('tokenIndexAt / neighbourWordIndex', () => {
  const tokens = [tok('坚决', 0), tok('遏制', 2), tok('“', 4, false), tok('两高', 5), tok('”', 7, false)];
  it('finds the token covering an offset', () => {
    expect([0, 1, 2, 4, 5, 6, 7, 8].map((o) => tokenIndexAt(tokens, o))).toEqual([0, 0, 1, 2, 3, 3, 4, -1]);
  });
  it('steps over punctuation to the next Chinese word, and stops at the ends', () => {
    const at = (i: number) => tokens[i] as Token;
    expect(neighbourWordIndex(tokens, at(1), 1)).toBe(3);
    expect(neighbourWordIndex(tokens, at(3), -1)).toBe(1);
    expect(neighbourWordIndex(tokens, at(3), 1)).toBe(-1);
    expect(neighbourWordIndex(tokens, at(0), -1)).toBe(-1);
  });
  it('steps from a span of several tokens, or of part of one, to the token wholly outside it', () => {
    expect(neighbourWordIndex(tokens, { start: 0, end: 4 }, 1)).toBe(3);
    expect(neighbourWordIndex(tokens, { start: 2, end: 3 }, 1)).toBe(3);
    expect(neighbourWordIndex(tokens, { start: 3, end: 4 }, -1)).toBe(0);
    expect(neighbourWordIndex(tokens, { start: 5, end: 7 }, -1)).toBe(1);
  });
});

describe('sentenceAt', () => {
  const text = '会议强调。坚决遏制“两高”项目盲目发展！科学推进碳达峰。';
  it('returns the sentence around a span, with its end mark', () => {
    const at = text.indexOf('两高');
    expect(sentenceAt(text, at, at + 2)).toBe('坚决遏制“两高”项目盲目发展！');
  });
  it('keeps closing quotes and collapses whitespace', () => {
    expect(sentenceAt('他说：“碳 中和\n  很重要。”后来', 4, 6)).toBe('他说：“碳 中和 很重要。”');
    expect(sentenceAt('他说：“碳中和很重要。”后来', 4, 6)).toBe('他说：“碳中和很重要。”');
  });
  it('bounds very long sentences around the word', () => {
    const long = '碳'.repeat(5000);
    const s = sentenceAt(long, 2500, 2502, 100);
    expect(s.length).toBe(100);
  });
});
