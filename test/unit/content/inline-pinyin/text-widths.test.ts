import { describe, expect, it } from 'vitest';
import { textWidthsOf } from '@/content/inline-pinyin/text-widths';

/** A document whose canvas measures 10 px a character at the 100 px it is asked for, and counts the calls. */
function measuredDocument() {
  const measured: string[] = [];
  const fonts: string[] = [];
  const context = {
    font: '',
    measureText(text: string) {
      measured.push(text);
      fonts.push(this.font);
      return { width: [...text].length * 10 };
    },
  };
  const doc = { createElement: () => ({ getContext: () => context }) } as unknown as Document;
  return { doc, measured, fonts };
}

describe('textWidthsOf', () => {
  it('measures a reading syllable by syllable in the pinyin font, each syllable once', () => {
    const { doc, measured, fonts } = measuredDocument();
    const widths = textWidthsOf(doc);
    expect(widths.reading('tàn dá')).toBeCloseTo(0.6);
    expect(widths.reading('dá tàn')).toBeCloseTo(0.6);
    expect(measured.sort()).toEqual([' ', 'dá', 'tàn']);
    expect(fonts.every((f) => f.startsWith('100px "Segoe UI"'))).toBe(true);
  });

  it('takes a Han character as 1 em unmeasured, and measures the other characters of a word', () => {
    const { doc, measured } = measuredDocument();
    expect(textWidthsOf(doc).word('2025年')).toBeCloseTo(1.4);
    expect(measured.sort()).toEqual(['0', '2', '5']);
  });

  it('is one per document', () => {
    const { doc } = measuredDocument();
    expect(textWidthsOf(doc)).toBe(textWidthsOf(doc));
  });

  it('without a canvas, takes each character as 0.6 em', () => {
    const doc = { createElement: () => ({ getContext: () => null }) } as unknown as Document;
    expect(textWidthsOf(doc).reading('tàn')).toBeCloseTo(1.8);
  });
});
