/** Han ideographs: the unified blocks and extensions (A–H), plus compatibility ideographs. */
export const HAN_PATTERN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{323af}]/u;

/**
 * The same set without the `u` flag (extensions B–H as surrogate pairs, U+20000–U+323AF): the detector in
 * every frame tests page text with it, and a non-Unicode pattern compiles in a fraction of the time.
 */
const HAN_UTF16 =
  /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\ud840-\ud887][\udc00-\udfff]|\ud888[\udc00-\udfaf]/;

/**
 * The characters of Han numerals (五十, 三百, 二〇二五, 二○二五 with the circle OCR and typists put for 〇): the
 * segmenter reads a run of them as one count, and the learners take a word of them for an amount.
 */
export const HAN_NUMERAL_CHARS = '〇○零一二三四五六七八九十百千万亿两';

export function hasHan(text: string): boolean {
  return HAN_UTF16.test(text);
}
