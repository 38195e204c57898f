/**
 * A known unit with a free head word put after it is a phrase on that unit, not a unit
 * (core/segment/free-extensions.ts), alone and inside the lexicon learner. Words written for the test.
 */
import { describe, expect, it } from 'vitest';
import { freeExtension } from '@/core/segment/free-extensions';
import { type LexiconDocument, learnLexicon } from '@/core/segment/learn-lexicon';
import type { Token } from '@/core/types';

const counts = (frequency: Record<string, number>, known: string[], free: string[]) => ({
  frequency: (text: string) => frequency[text] ?? 0,
  known: (text: string) => known.includes(text),
  free: (word: string) => free.includes(word),
});

describe('a known unit with a free head put after it', () => {
  const c = counts(
    { 污染防治工作: 10, 污染防治: 60, 排污权交易: 8, 排污权: 10 },
    ['污染防治', '排污权'],
    ['工作', '交易'],
  );

  it('is a phrase when the unit mostly stands without the head', () => {
    expect(freeExtension(['污染', '防治', '工作'], c)).toBe(true);
  });

  it('stays a term when the unit nearly always comes with it (a fragment of the longer term)', () => {
    expect(freeExtension(['排污权', '交易'], c)).toBe(false);
  });

  it('needs a known unit, a free head of two or more characters, and a head after (not a modifier in front)', () => {
    expect(
      freeExtension(['污染', '防治', '工作'], counts({ 污染防治工作: 10, 污染防治: 60 }, [], ['工作'])),
    ).toBe(false);
    expect(
      freeExtension(['污染', '防治', '工作'], counts({ 污染防治工作: 10, 污染防治: 60 }, ['污染防治'], [])),
    ).toBe(false);
    expect(
      freeExtension(['污染防治', '量'], counts({ 污染防治量: 1, 污染防治: 60 }, ['污染防治'], ['量'])),
    ).toBe(false);
    expect(freeExtension(['工作', '污染', '防治'], c)).toBe(false);
  });
});

function sentence(line: string): Token[] {
  let at = 0;
  return line.split('|').map((text) => {
    const start = at;
    at += text.length;
    return { text, start, end: at, zh: true, pinyin: '', tones: [] };
  });
}

describe('the lexicon learner', () => {
  it('keeps the unit and leaves out the unit with a free head after it', () => {
    const fronts = ['加强', '组织', '开展', '推动', '落实', '完善'];
    const heads = ['工作', '制度', '措施', '规划', '责任', '目标'];
    const docs: LexiconDocument[] = ['甲', '乙', '丙'].map((name, d) => ({
      name,
      sentences: fronts.flatMap((front, i) => [
        // 污染|防治 at a sentence's start, often alone, with a head after it once in six (工作 once a document).
        sentence(`污染|防治|，|${front}`),
        sentence(`污染|防治|${heads[(i + d) % heads.length]}|，|${front}`),
        sentence(`统计|${heads[(i + 2) % heads.length]}|。`),
      ]),
    }));
    const terms = new Set(
      learnLexicon(docs, { minCohesion: 0, minEntropy: 0.5, minFreeTerms: 3 }).map((t) => t.term),
    );
    expect(terms.has('污染防治')).toBe(true);
    expect(terms.has('污染防治工作')).toBe(false);
    // Without the rule (no word ends enough runs to be free) the extension is a term.
    expect(
      new Set(
        learnLexicon(docs, { minCohesion: 0, minEntropy: 0.5, minFreeTerms: 100 }).map((t) => t.term),
      ).has('污染防治工作'),
    ).toBe(true);
  });
});
