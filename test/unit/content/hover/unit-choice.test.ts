import { describe, expect, it } from 'vitest';
import { chosenUnit, stepChoice, unitChoices } from '@/content/hover/unit-choice';
import type { Token } from '@/core/types';
import { ghgNearby, ghgTokens } from './greenhouse-gas';

const unit = ghgTokens[1] as Token;
const words = (list: { word: string }[]) => list.map((n) => n.word);
const infoOf = (word: string) => ghgNearby.find((n) => n.word === word) ?? { word, entries: [] };

describe('unitChoices', () => {
  it('lists the units at the point longest first, the unit at the point among them', () => {
    expect(words(unitChoices(unit, ghgNearby))).toEqual(['温室气体', '温室', '温']);
  });

  it("adds the unit at the point when the dictionary's list lacks it (a lexicon term)", () => {
    const term = { ...unit, text: '温室气体排放', end: 8 };
    expect(words(unitChoices(term, ghgNearby))).toEqual(['温室气体排放', '温室气体', '温室', '温']);
  });
});

describe('stepChoice', () => {
  const choices = unitChoices(unit, ghgNearby);
  it('goes to the longer unit up and the shorter down, and stops at either end', () => {
    expect(stepChoice(choices, '温室', -1)).toBe('温室气体');
    expect(stepChoice(choices, '温室', 1)).toBe('温');
    expect(stepChoice(choices, '温室气体', -1)).toBeUndefined();
    expect(stepChoice(choices, '温', 1)).toBeUndefined();
  });
});

describe('chosenUnit', () => {
  it('is the unit at the point itself when that is chosen', () => {
    expect(chosenUnit(ghgTokens, unit, infoOf('温室气体'))).toBe(unit);
  });

  it("reads a shorter unit made of the point's whole words as the paragraph read them", () => {
    expect(chosenUnit(ghgTokens, unit, infoOf('温室'))).toEqual({
      text: '温室',
      start: 2,
      end: 4,
      zh: true,
      pinyin: 'wēn shì',
      tones: [1, 4],
    });
  });

  it("reads a unit that is part of a word with the dictionary's reading", () => {
    expect(chosenUnit(ghgTokens, unit, infoOf('温'))).toMatchObject({
      text: '温',
      start: 2,
      end: 3,
      pinyin: 'wēn',
    });
  });

  it("makes a longer unit of the paragraph's words, with them as its parts", () => {
    const [greenhouse, gas] = unit.parts as Token[];
    const split = [ghgTokens[0], greenhouse, gas, ghgTokens[2]] as Token[];
    const chosen = chosenUnit(split, greenhouse as Token, infoOf('温室气体'));
    expect(chosen).toMatchObject({ text: '温室气体', start: 2, end: 6, pinyin: 'wēn shì qì tǐ' });
    expect(chosen.tones).toEqual([1, 4, 4, 3]);
    expect(words((chosen.parts ?? []).map((p) => ({ word: p.text })))).toEqual(['温室', '气体']);
  });
});
