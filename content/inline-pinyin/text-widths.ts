import { HAN_PATTERN } from '@/core/text/han';
import { PINYIN_FONT_FAMILY } from '@/ui/pinyin-font';

/** Widths of text in em of its own font size, measured without layout (a canvas's measureText). */
export interface TextWidths {
  /** A reading set in the pinyin font (ui/pinyin-font.ts), normal weight and style. */
  reading(text: string): number;
  /** A word in the page's font: a Han character is 1 em in any CJK font; other characters are measured. */
  word(text: string): number;
}

/** Measured at this size, so widths keep three figures in em. */
const SIZE_PX = 100;
/** What a character is taken as, in em, where there is no canvas (as in a test's DOM). */
const UNMEASURED_EM = 0.6;

const byDocument = new WeakMap<Document, TextWidths>();

/**
 * The document's text widths. A reading's width is the sum of its syllables' and spaces' (kerning across
 * a space is nil), each measured once: a page's thousands of readings are made of a few hundred syllables.
 * Measuring in a canvas touches neither the page's style nor its layout, where measuring a laid-out
 * element would force both in the middle of a slice that is adding rubies.
 */
export function textWidthsOf(doc: Document): TextWidths {
  let widths = byDocument.get(doc);
  if (!widths) {
    widths = makeTextWidths(doc);
    byDocument.set(doc, widths);
  }
  return widths;
}

function makeTextWidths(doc: Document): TextWidths {
  let context: CanvasRenderingContext2D | null | undefined;
  const cache = new Map<string, number>();
  function measure(font: string, text: string): number {
    const key = `${font}\u0000${text}`;
    let em = cache.get(key);
    if (em !== undefined) return em;
    context ??= doc.createElement('canvas').getContext?.('2d') ?? null;
    if (context) {
      context.font = `${SIZE_PX}px ${font}`;
      em = context.measureText(text).width / SIZE_PX;
    } else em = [...text].length * UNMEASURED_EM;
    cache.set(key, em);
    return em;
  }
  return {
    reading(text) {
      let em = 0;
      for (const part of text.split(/( )/)) if (part) em += measure(PINYIN_FONT_FAMILY, part);
      return em;
    },
    word(text) {
      let em = 0;
      for (const c of text) em += HAN_PATTERN.test(c) ? 1 : measure('sans-serif', c);
      return em;
    },
  };
}
