import { PINYIN_FONT_FAMILY } from '@/ui/pinyin-font';
import type { TextWidths } from './text-widths';

/** Marks Tanci's ruby elements, so they are told apart from the page's own ruby. */
export const INLINE_RUBY_ATTRIBUTE = 'data-tanci-ruby';

/** The reading's font size, of the word's. */
const READING_SCALE = 0.5;
/** Least space between two readings side by side, in em of the reading (about a space). */
const READING_GAP_EM = 0.35;

/** Styles of the box holding the word: plain inline text (it is the page's line), kept on one line. */
const BOX_STYLE: Record<string, string> = {
  'white-space': 'nowrap',
};

/** Styles of the reading: a box of no width at the word's start, raised above it, its text overflowing. */
const READING_STYLE: Record<string, string> = {
  display: 'inline-block',
  width: '0',
  'font-size': `${READING_SCALE * 100}%`,
  // Line-height 1: the line grows by about the reading's height (the box is in the line), not by a leading.
  'line-height': '1',
  // Its baseline 1 em of the word above the word's: a descender (g, j, y) clear of a Han character's top
  // (~0.88 em), where the inline block of ruby put it (an em box of the word with the reading's on top).
  'vertical-align': '2em',
  'white-space': 'nowrap',
  'text-align': 'left',
  // Not the page's CJK font, which may draw tone-marked letters blank. Normal weight, style and spacing
  // whatever the page's: what is measured (text-widths.ts) is what is drawn.
  'font-family': PINYIN_FONT_FAMILY,
  'font-weight': 'normal',
  'font-style': 'normal',
  'letter-spacing': 'normal',
  'word-spacing': 'normal',
  'text-transform': 'none',
  'user-select': 'none',
  '-webkit-user-select': 'none',
};

function styled<E extends HTMLElement>(element: E, style: Record<string, string>): E {
  for (const [name, value] of Object.entries(style)) element.style.setProperty(name, value);
  return element;
}

const em = (x: number) => `${x.toFixed(3)}em`;

/**
 * A word with its reading above it: `<span data-tanci-ruby><rt>reading</rt>word</span>`. The word stays
 * text of the page's line, in a span that keeps it on one line; the reading is a box of no width at its
 * start, raised above it, whose text is shifted to centre it over the word, and where the reading is the
 * wider, the span gets side margins so that neighbouring readings keep apart. Widths come from a canvas
 * (text-widths.ts), not from layout. Why not a box as wide as the wider of the two, the reading above the
 * word in it (an inline block, as ruby lays out): each frame that adds readings paints and pre-paints every
 * such block on screen, and those grow with the count (traced, 50 readings a frame on the
 * 200,000-character page: 27.5 ms a frame, against 15.9 ms with the word left in the line).
 * Not a `<ruby>` element: Chromium lays out every line of the page again the first time any `<ruby>`
 * element is added to a document (even one hidden in a contained box, or one styled as a plain inline
 * block), ~40 ms of thread time on a 200,000-character page, in a single task that cannot be cut up; a
 * span does not set that off. Nor is the span styled `display: ruby` (with `display: ruby-text` on the
 * reading): its first use does the same (traced in a bare Chromium 156: 42.6 ms of layout for one such
 * span on the 200,000-character page, 5.4 ms on a 20,000-character one, then 3-4 ms). The `<rt>` keeps
 * the reading out of the page reader's text (it skips `rt`), and is hidden from screen readers, which
 * read the word once (as they do with `<ruby>`, where the reading is a description, not text).
 */
export function rubyElement(
  doc: Document,
  text: string,
  reading: string,
  widths: TextWidths,
): { ruby: HTMLElement; base: Text } {
  const ruby = styled(doc.createElement('span'), BOX_STYLE);
  ruby.setAttribute(INLINE_RUBY_ATTRIBUTE, '');
  const base = doc.createTextNode(text);
  const rt = styled(doc.createElement('rt'), READING_STYLE);
  rt.setAttribute('aria-hidden', 'true');
  rt.textContent = reading;
  // In em of the reading.
  const word = widths.word(text) / READING_SCALE;
  const wide = widths.reading(reading);
  rt.style.setProperty('text-indent', em((word - wide) / 2));
  const margin = Math.max(0, (wide + READING_GAP_EM - word) / 2) * READING_SCALE;
  if (margin > 0) {
    ruby.style.setProperty('margin-left', em(margin));
    ruby.style.setProperty('margin-right', em(margin));
  }
  ruby.append(rt, base);
  return { ruby, base };
}
