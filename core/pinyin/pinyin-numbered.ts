/** Tone-marked pinyin ("shuài xiān", "nǚ", "r") to numbered syllables ("shuai4 xian1", "nu:3", "r5"). */

const TONE_OF_MARK: Record<string, number> = { '\u0304': 1, '\u0301': 2, '\u030c': 3, '\u0300': 4 };

export function markedSyllableToNumbered(syllable: string): string {
  let tone = 5;
  let letters = '';
  for (const ch of syllable.normalize('NFD')) {
    const mark = TONE_OF_MARK[ch];
    if (mark) tone = mark;
    else if (ch === '\u0308') letters += ':';
    else letters += ch;
  }
  if (!/^[A-Za-z:]+$/.test(letters)) throw new Error(`not a pinyin syllable: ${JSON.stringify(syllable)}`);
  return `${letters.toLowerCase()}${tone}`;
}

export function markedToNumbered(pinyin: string): string[] {
  return pinyin.trim().split(/\s+/).filter(Boolean).map(markedSyllableToNumbered);
}
