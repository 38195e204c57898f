import { PINYIN_FONT_FAMILY } from '@/ui/pinyin-font';

/** Marks Tanci's ruby elements, so they are told apart from the page's own ruby. */
export const INLINE_RUBY_ATTRIBUTE = 'data-tanci-ruby';

/** Styles of the box holding a reading and its word: the reading above, the word on the line's baseline. */
const BOX_STYLE: Record<string, string> = {
  // An inline block's baseline is its last line's: the word's, under the reading (a block above it), and
  // it is as wide as the wider of the two, both centred (as ruby is).
  display: 'inline-block',
  'text-align': 'center',
  'vertical-align': 'baseline',
  // Line-height 1 inside the box: the line grows by about the reading's height, not by a second leading.
  'line-height': '1',
  'text-indent': '0',
};

const READING_STYLE: Record<string, string> = {
  display: 'block',
  'font-size': '50%',
  'line-height': '1',
  'white-space': 'nowrap',
  // Not the page's CJK font, which may draw tone-marked letters blank.
  'font-family': PINYIN_FONT_FAMILY,
  'user-select': 'none',
  '-webkit-user-select': 'none',
};

function styled<E extends HTMLElement>(element: E, style: Record<string, string>): E {
  for (const [name, value] of Object.entries(style)) element.style.setProperty(name, value);
  return element;
}

/**
 * A word with its reading above it: `<span data-tanci-ruby><rt>reading</rt>word</span>`, laid out as ruby
 * is. Not a `<ruby>` element: Chromium lays out every line of the page again the first time any `<ruby>`
 * element is added to a document (even one hidden in a contained box, or one styled as a plain inline
 * block), ~40 ms of thread time on a 200,000-character page, in a single task that cannot be cut up; a
 * span does not set that off. Nor is the span styled `display: ruby` (with `display: ruby-text` on the
 * reading), though it would paint cheaper than an inline block: its first use does the same (traced in a
 * bare Chromium 156: 42.6 ms of layout for one such span on the 200,000-character page, 5.4 ms on a
 * 20,000-character one, then 3-4 ms). The `<rt>` keeps the reading out of the page reader's text (it skips `rt`),
 * and is hidden from screen readers, which read the word once (as they do with `<ruby>`, where the reading
 * is a description, not text).
 */
export function rubyElement(doc: Document, text: string): { ruby: HTMLElement; base: Text; rt: HTMLElement } {
  const ruby = styled(doc.createElement('span'), BOX_STYLE);
  ruby.setAttribute(INLINE_RUBY_ATTRIBUTE, '');
  const base = doc.createTextNode(text);
  const rt = styled(doc.createElement('rt'), READING_STYLE);
  rt.setAttribute('aria-hidden', 'true');
  ruby.append(rt, base);
  return { ruby, base, rt };
}
