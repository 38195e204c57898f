/**
 * Pinyin's own fonts: Latin fonts that have every tone-marked letter. Set in a page's CJK font, pinyin
 * loses letters: WenQuanYi Micro Hei maps ǎ ǐ ǚ to blank glyphs, so "chǎng" read "ch ng" (the browser
 * falls back only for letters a font lacks, not for blank ones it has).
 */
export const PINYIN_FONT_FAMILY =
  '"Segoe UI", "Noto Sans", "DejaVu Sans", "Helvetica Neue", Arial, "Liberation Sans", sans-serif';

/** The rule for Tanci's own documents and shadow roots: every `.pinyin`, and text marked as pinyin. */
export const PINYIN_FONT_CSS = `.pinyin, [lang="zh-Latn-pinyin"] { font-family: ${PINYIN_FONT_FAMILY}; }`;

/** Adds the pinyin font rule to an extension page (after its own stylesheets, so it wins over them). */
export function addPinyinFontStyle(doc: Document = document): void {
  const style = doc.createElement('style');
  style.textContent = PINYIN_FONT_CSS;
  doc.head.append(style);
}
