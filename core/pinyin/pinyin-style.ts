/**
 * Pinyin in the reader's chosen style: tone marks (as stored), tone numbers ("zhong1") or zhuyin
 * ("ㄓㄨㄥ"). Works one syllable at a time so that tone colours stay on their syllables.
 */

export type PinyinStyleName = 'marks' | 'numbers' | 'zhuyin';

const COMBINING_TONES: Record<string, number> = { '\u0304': 1, '\u0301': 2, '\u030C': 3, '\u0300': 4 };
/** A tone-marked syllable split into its toneless letters (ü kept) and its tone (5 when unmarked). */
export function splitToneMark(syllable: string): { base: string; tone: number } {
  let tone = 5;
  let base = '';
  for (const ch of syllable.normalize('NFD')) {
    const t = COMBINING_TONES[ch];
    if (t) tone = t;
    else base += ch;
  }
  return {
    base: base.normalize('NFC').replace(/u:|v/gi, (m) => (m[0] === 'U' || m[0] === 'V' ? 'Ü' : 'ü')),
    tone,
  };
}

/** "lǜ" → "lü4"; the neutral tone is 5. Text that is not a pinyin syllable is returned unchanged. */
export function toToneNumbers(syllable: string, tone?: number): string {
  if (!isSyllable(syllable)) return syllable;
  const split = splitToneMark(syllable);
  return `${split.base}${tone ?? split.tone}`;
}

const INITIALS: [string, string][] = [
  ['zh', 'ㄓ'],
  ['ch', 'ㄔ'],
  ['sh', 'ㄕ'],
  ['b', 'ㄅ'],
  ['p', 'ㄆ'],
  ['m', 'ㄇ'],
  ['f', 'ㄈ'],
  ['d', 'ㄉ'],
  ['t', 'ㄊ'],
  ['n', 'ㄋ'],
  ['l', 'ㄌ'],
  ['g', 'ㄍ'],
  ['k', 'ㄎ'],
  ['h', 'ㄏ'],
  ['j', 'ㄐ'],
  ['q', 'ㄑ'],
  ['x', 'ㄒ'],
  ['r', 'ㄖ'],
  ['z', 'ㄗ'],
  ['c', 'ㄘ'],
  ['s', 'ㄙ'],
];

/** Finals as written after an initial (with ü spelled out), in zhuyin. */
const FINALS: Record<string, string> = {
  a: 'ㄚ',
  o: 'ㄛ',
  e: 'ㄜ',
  ê: 'ㄝ',
  ai: 'ㄞ',
  ei: 'ㄟ',
  ao: 'ㄠ',
  ou: 'ㄡ',
  an: 'ㄢ',
  en: 'ㄣ',
  ang: 'ㄤ',
  eng: 'ㄥ',
  er: 'ㄦ',
  ong: 'ㄨㄥ',
  i: 'ㄧ',
  ia: 'ㄧㄚ',
  ie: 'ㄧㄝ',
  iao: 'ㄧㄠ',
  iu: 'ㄧㄡ',
  ian: 'ㄧㄢ',
  in: 'ㄧㄣ',
  iang: 'ㄧㄤ',
  ing: 'ㄧㄥ',
  iong: 'ㄩㄥ',
  u: 'ㄨ',
  ua: 'ㄨㄚ',
  uo: 'ㄨㄛ',
  uai: 'ㄨㄞ',
  ui: 'ㄨㄟ',
  uan: 'ㄨㄢ',
  un: 'ㄨㄣ',
  uang: 'ㄨㄤ',
  ü: 'ㄩ',
  üe: 'ㄩㄝ',
  üan: 'ㄩㄢ',
  ün: 'ㄩㄣ',
};

/** y- and w- spellings (no initial) as the finals they stand for. */
function unprefixed(rest: string): string | null {
  if (rest.startsWith('yu')) return `ü${rest.slice(2)}`;
  if (rest.startsWith('yi')) return `i${rest.slice(2)}`;
  if (rest.startsWith('y')) return rest === 'you' ? 'iu' : `i${rest.slice(1)}`;
  if (rest.startsWith('wu')) return `u${rest.slice(2)}`;
  if (rest.startsWith('w')) {
    const f = rest.slice(1);
    return f === 'ei' ? 'ui' : f === 'en' ? 'un' : f === 'eng' ? 'ong' : `u${f}`;
  }
  return rest;
}

const ZHUYIN_TONES = ['', '', 'ˊ', 'ˇ', 'ˋ'];
// Checked on the NFD form: base letters plus combining marks (tone marks, the umlaut of ü, the circumflex of ê).
const SYLLABLE = /^(?:[a-zA-Z]|[\u0300-\u036f])+$/;

function isSyllable(text: string): boolean {
  const nfd = text.normalize('NFD');
  // A lone "r" is the erhua suffix CC-CEDICT writes as its own syllable (r5).
  return SYLLABLE.test(nfd) && (/[aeiouêmn]/i.test(nfd) || /^r$/i.test(nfd));
}

/** Zhuyin (bopomofo) with its tone mark, or null for text that is not a syllable zhuyin can spell. */
export function toZhuyin(syllable: string, tone?: number): string | null {
  if (!isSyllable(syllable)) return null;
  const split = splitToneMark(syllable);
  const t = tone ?? split.tone;
  const lower = split.base.toLowerCase();
  if (lower === 'r') return t === 5 ? '˙ㄦ' : `ㄦ${ZHUYIN_TONES[t] ?? ''}`;
  let initial = '';
  let rest = lower;
  const found = INITIALS.find(([latin]) => lower.startsWith(latin) && lower.length > latin.length);
  if (found) {
    initial = found[1];
    rest = lower.slice(found[0].length);
    // After j, q and x a written u is ü.
    if (/^[jqx]/.test(lower) && rest.startsWith('u')) rest = `ü${rest.slice(1)}`;
    // zhi, chi, shi, ri, zi, ci, si: the initial alone.
    if (rest === 'i' && /^(zh|ch|sh|r|z|c|s)$/.test(found[0])) rest = '';
  } else {
    const f = unprefixed(rest);
    if (f === null) return null;
    rest = f;
  }
  const final = rest === '' ? '' : FINALS[rest];
  if (final === undefined) return null;
  const body = initial + final;
  if (!body) return null;
  return t === 5 ? `˙${body}` : `${body}${ZHUYIN_TONES[t] ?? ''}`;
}

/**
 * One displayed form per syllable of a space-separated, tone-marked reading (as in Token.pinyin).
 * `tones` (Token.tones) wins over the marks where given, so neutral tones stay neutral.
 */
export function styleSyllables(
  pinyin: string,
  style: PinyinStyleName,
  tones: readonly number[] = [],
): string[] {
  const syllables = pinyin.split(' ').filter(Boolean);
  if (style === 'marks') return syllables;
  return syllables.map((s, i) => {
    const tone = tones[i];
    if (style === 'numbers') return toToneNumbers(s, tone);
    return toZhuyin(s, tone) ?? s;
  });
}

/** A whole reading in a style, syllables joined by spaces. */
export function stylePinyin(pinyin: string, style: PinyinStyleName, tones: readonly number[] = []): string {
  return styleSyllables(pinyin, style, tones).join(' ');
}
