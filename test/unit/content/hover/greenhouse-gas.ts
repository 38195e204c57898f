import type { Token, WordInfo } from '@/core/types';

const word = (text: string, start: number, pinyin: string, tones: number[]): Token => ({
  text,
  start,
  end: start + text.length,
  zh: true,
  pinyin,
  tones,
});
const greenhouse = word('温室', 2, 'wēn shì', [1, 4]);
const gas = word('气体', 4, 'qì tǐ', [4, 3]);

/** 控制温室气体排放。 read in reading units: 温室气体 one unit made of 温室 + 气体. */
export const ghgText = '控制温室气体排放。';
export const ghgTokens: Token[] = [
  word('控制', 0, 'kòng zhì', [4, 4]),
  { ...word('温室气体', 2, 'wēn shì qì tǐ', [1, 4, 4, 3]), parts: [greenhouse, gas] },
  word('排放', 6, 'pái fàng', [2, 4]),
  { text: '。', start: 8, end: 9, zh: false, pinyin: '', tones: [] },
];

const info = (w: string, pinyin: string, tones: number[], sense: string): WordInfo => ({
  word: w,
  entries: [{ simplified: w, traditional: w, pinyin, tones, senses: [sense] }],
});

/** The dictionary's words starting at 温 (lookupAt's answer there), shortest first as it lists them. */
export const ghgNearby: WordInfo[] = [
  info('温', 'wēn', [1], 'warm'),
  info('温室', 'wēn shì', [1, 4], 'greenhouse'),
  info('温室气体', 'wēn shì qì tǐ', [1, 4, 4, 3], 'greenhouse gas'),
];

/** lookupAt over that paragraph: the words at 温, none elsewhere. */
export const ghgLookupAt = async (text: string, offset: number) =>
  text.slice(offset).startsWith('温') ? ghgNearby : [];
