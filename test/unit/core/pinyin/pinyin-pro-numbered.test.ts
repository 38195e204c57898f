/**
 * The reader asks pinyin-pro for tone marks and numbers them by pinyin-pro's own rule (cached per syllable),
 * instead of asking for numbers: this must give exactly pinyin-pro's numbered output, for every Han character
 * of the BMP blocks and for whole sentences, with the reviewed overrides registered as custom pinyin.
 */
import { readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { beforeAll, describe, expect, it } from 'vitest';
import { pinyinProNumbered } from '@/core/pinyin/pinyin-pro-numbered';
import { plainCore } from '../core-setup';

const numbered = (text: string) => pinyin(text, { type: 'array', toneType: 'num', nonZh: 'spaced' });
const viaMarks = (text: string) => pinyin(text, { type: 'array', nonZh: 'spaced' }).map(pinyinProNumbered);

beforeAll(async () => {
  // Loading the core creates the pinyin reader, which registers the reviewed overrides with pinyin-pro.
  await plainCore();
}, 60_000);

describe('pinyinProNumbered', () => {
  it('numbers marked syllables as pinyin-pro does', () => {
    expect(['hàng', 'zhōng', 'de', 'lǜ', 'ń', 'm̀', 'ê̄', 'x'].map(pinyinProNumbered)).toEqual([
      'hang4',
      'zhong1',
      'de0',
      'lü4',
      'n2',
      'm4',
      'ê1',
      'x',
    ]);
  });

  it('matches pinyin-pro numbered output on every Han character of U+3400–U+9FFF', () => {
    const differ: string[] = [];
    for (let code = 0x3400; code <= 0x9fff; code += 64) {
      let block = '';
      for (let c = code; c < Math.min(code + 64, 0xa000); c++) block += String.fromCharCode(c);
      // One character at a time: in a block pinyin-pro would read runs of rare characters as words.
      for (const char of block) {
        if (JSON.stringify(numbered(char)) !== JSON.stringify(viaMarks(char))) differ.push(char);
      }
    }
    expect(differ).toEqual([]);
  });

  it('matches it on the seed article, sentence by sentence', () => {
    const seed = readFileSync('seeds/000_5b13465c4fe18702.txt', 'utf8');
    for (const line of seed.split(/[。\n]/u)) expect(viaMarks(line)).toEqual(numbered(line));
  });
});
