import { describe, expect, it } from 'vitest';
import { pastedSource, textParagraphs } from '@/ui/document-reader/document-source';

describe('reader page text', () => {
  it('names pasted text with the day it was pasted', () => {
    expect(pastedSource(new Date('2026-12-04T23:59:00Z'), 'pasted text')).toBe('pasted text, 2026-12-04');
  });

  it('splits a text file into its non-empty lines, without a byte-order mark', () => {
    expect(textParagraphs('\uFEFF第一段\r\n\r\n  第二段 \r第三段\n')).toEqual(['第一段', '第二段', '第三段']);
    expect(textParagraphs(' \n\n')).toEqual([]);
  });
});
