/**
 * pinyin-pro's own rule for its `toneType: 'num'` output (getPinyinWithNum of pinyin-pro 3.29, MIT), applied to
 * its default tone-marked output. Asking pinyin-pro for marks and converting here gives exactly what asking for
 * numbers gives (pinyin-pro converts each character's reading the same way, and a reading depends only on its
 * string), but the conversion of a syllable is computed once and cached instead of by nine regular expressions
 * per character: that conversion was two thirds of pinyin-pro's time on a page. A test checks the equality
 * over every Han character and whole sentences.
 */

const TONELESS: ReadonlyArray<[RegExp, string]> = [
  [/(ā|á|ǎ|à)/g, 'a'],
  [/(ō|ó|ǒ|ò)/g, 'o'],
  [/(ē|é|ě|è)/g, 'e'],
  [/(ī|í|ǐ|ì)/g, 'i'],
  [/(ū|ú|ǔ|ù)/g, 'u'],
  [/(ǖ|ǘ|ǚ|ǜ)/g, 'ü'],
  [/(n̄|ń|ň|ǹ)/g, 'n'],
  [/(m̄|ḿ|m̌|m̀)/g, 'm'],
  [/(ê̄|ế|ê̌|ề)/g, 'ê'],
];
const TONES: ReadonlyArray<[RegExp, string]> = [
  [/(ā|ō|ē|ī|ū|ǖ|n̄|m̄|ê̄)/, '1'],
  [/(á|ó|é|í|ú|ǘ|ń|ḿ|ế)/, '2'],
  [/(ǎ|ǒ|ě|ǐ|ǔ|ǚ|ň|m̌|ê̌)/, '3'],
  [/(à|ò|è|ì|ù|ǜ|ǹ|m̀|ề)/, '4'],
  [/(a|o|e|i|u|ü|ê)/, '0'],
  [/(n|m)$/, '0'],
];

function toneOf(syllable: string): string {
  for (const [pattern, tone] of TONES) if (pattern.test(syllable)) return tone;
  return '';
}

/** pinyin-pro's numbered form of one item of its marked output ("hàng" → "hang4", "de" → "de0"). */
export function pinyinProNumbered(marked: string): string {
  let toneless = marked;
  for (const [pattern, plain] of TONELESS) toneless = toneless.replace(pattern, plain);
  const plain = toneless.split(' ');
  const tones = marked.split(' ').map(toneOf);
  return plain.map((syllable, k) => `${syllable}${tones[k]}`).join(' ');
}
