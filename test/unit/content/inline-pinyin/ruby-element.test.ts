import { describe, expect, it } from 'vitest';
import { INLINE_RUBY_ATTRIBUTE, rubyElement } from '@/content/inline-pinyin/ruby-element';
import type { TextWidths } from '@/content/inline-pinyin/text-widths';

/** Widths as a canvas would give them: a reading 0.5 em a letter (spaces too), a word 1 em a character. */
const widths: TextWidths = { reading: (t) => t.length * 0.5, word: (t) => [...t].length };

const em = (value: string) => Number.parseFloat(value);

describe('rubyElement', () => {
  it('keeps the word a text node of its own, the reading in an rt hidden from screen readers', () => {
    const { ruby, base } = rubyElement(document, '推进', 'tuī jìn', widths);
    expect(ruby.hasAttribute(INLINE_RUBY_ATTRIBUTE)).toBe(true);
    expect(ruby.lastChild).toBe(base);
    expect(base.data).toBe('推进');
    const rt = ruby.firstElementChild as HTMLElement;
    expect(rt.tagName).toBe('RT');
    expect(rt.textContent).toBe('tuī jìn');
    expect(rt.getAttribute('aria-hidden')).toBe('true');
    expect(ruby.style.getPropertyValue('white-space')).toBe('nowrap');
  });

  it('centres the reading over the word: its start shifted by half the difference of their widths', () => {
    // Word 2 em = 4 em of the half-size reading; reading "ab" 1 em: shifted (4 - 1) / 2 = 1.5 em.
    const narrow = rubyElement(document, '推进', 'ab', widths).ruby;
    expect(em((narrow.firstElementChild as HTMLElement).style.getPropertyValue('text-indent'))).toBeCloseTo(
      1.5,
    );
    // Reading 11 letters = 5.5 em of its own, word 1 em = 2 em of the reading's: (2 - 5.5) / 2 = -1.75.
    const wide = rubyElement(document, '峰', 'abcdefghijk', widths).ruby;
    expect(em((wide.firstElementChild as HTMLElement).style.getPropertyValue('text-indent'))).toBeCloseTo(
      -1.75,
    );
  });

  it('gives a word side margins only where its reading is wider, so neighbouring readings keep apart', () => {
    const narrow = rubyElement(document, '推进', 'ab', widths).ruby;
    expect(narrow.style.getPropertyValue('margin-left')).toBe('');
    // Reading 5.5 em of its own = 2.75 em of the word's, word 1 em: at least 0.875 em a side.
    const wide = rubyElement(document, '峰', 'abcdefghijk', widths).ruby;
    const left = em(wide.style.getPropertyValue('margin-left'));
    expect(left).toBeGreaterThanOrEqual(0.875);
    expect(left).toBeLessThan(1);
    expect(wide.style.getPropertyValue('margin-right')).toBe(wide.style.getPropertyValue('margin-left'));
  });
});
