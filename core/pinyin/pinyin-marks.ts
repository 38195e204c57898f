/**
 * CC-CEDICT writes pinyin with tone numbers ("huan2 jing4", "nu:3"); readers want tone marks
 * ("huán jìng", "nǚ"). These helpers convert one form into the other and read the tones.
 */
import { boundedMemo } from '../bounded-memo';

const MARKS: Record<string, string> = {
  a: 'āáǎà',
  e: 'ēéěè',
  i: 'īíǐì',
  o: 'ōóǒò',
  u: 'ūúǔù',
  ü: 'ǖǘǚǜ',
  A: 'ĀÁǍÀ',
  E: 'ĒÉĚÈ',
  I: 'ĪÍǏÌ',
  O: 'ŌÓǑÒ',
  U: 'ŪÚǓÙ',
  Ü: 'ǕǗǙǛ',
};

/** A tone-marked vowel (either case) as its plain lower-case vowel and tone: "ǎ" → ["a", 3], "Ǘ" → ["ü", 2]. */
const UNMARKED = new Map<string, [string, number]>();
for (const [vowel, marks] of Object.entries(MARKS)) {
  [...marks].forEach((mark, i) => {
    UNMARKED.set(mark, [vowel.toLowerCase(), i + 1]);
  });
}

/** The plain vowel and tone of a tone-marked vowel; undefined for any other character. */
export function unmarkVowel(ch: string): [string, number] | undefined {
  return UNMARKED.get(ch);
}

const SYLLABLE = /^([A-Za-zÜü:]+)([1-5])$/;
const VOWELS = 'aeiouüAEIOUÜ';

/** Mandarin has about 1,600 toned syllables: this many remembered marks and tones hold them all. */
const SYLLABLE_MEMO = 10_000;

/**
 * The tone (1–4, 5 for neutral) of one numbered syllable; 5 when it carries no number. Remembered like
 * markSyllable's marks: every reading of every page asks for them.
 */
export const syllableTone: (syllable: string) => number = boundedMemo(SYLLABLE_MEMO, (syllable) => {
  const match = SYLLABLE.exec(syllable);
  return match ? Number(match[2]) : 5;
});

/** Where the tone mark goes: on a/e, on the o of "ou", otherwise on the last vowel. */
function markIndex(letters: string): number {
  const lower = letters.toLowerCase();
  const ae = lower.search(/[ae]/);
  if (ae >= 0) return ae;
  const ou = lower.indexOf('ou');
  if (ou >= 0) return ou;
  for (let i = letters.length - 1; i >= 0; i--) {
    if (VOWELS.includes(letters.charAt(i))) return i;
  }
  return -1;
}

/** One syllable: "huan2" → "huán", "nu:3" → "nǚ", "ma5" → "ma", "r5" → "r"; anything else unchanged. */
export const markSyllable: (syllable: string) => string = boundedMemo(SYLLABLE_MEMO, markUncached);

function markUncached(syllable: string): string {
  const match = SYLLABLE.exec(syllable);
  if (!match) return syllable.replace(/u:/g, 'ü').replace(/U:/g, 'Ü');
  const letters = (match[1] ?? '').replace(/u:/g, 'ü').replace(/U:/g, 'Ü').replace(/v/g, 'ü');
  const tone = Number(match[2]);
  if (tone === 5) return letters;
  const at = markIndex(letters);
  if (at < 0) return letters;
  const vowel = letters.charAt(at);
  const mark = MARKS[vowel]?.charAt(tone - 1);
  return mark ? letters.slice(0, at) + mark + letters.slice(at + 1) : letters;
}

/** A numbered pinyin string ("huan2 jing4") as tone-marked syllables separated by single spaces. */
export function numberedToMarked(pinyin: string): string {
  return pinyin.trim().split(/\s+/).filter(Boolean).map(markSyllable).join(' ');
}

/** The tone of each syllable of a numbered pinyin string (5 for neutral or for non-syllables like "C"). */
export function numberedTones(pinyin: string): number[] {
  return pinyin.trim().split(/\s+/).filter(Boolean).map(syllableTone);
}
