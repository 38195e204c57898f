import { describe, expect, it } from 'vitest';
import {
  linkedPdfOf,
  pastedSource,
  sourceOfBlock,
  textParagraphs,
} from '@/ui/document-reader/document-source';

describe('reader page text', () => {
  it('names pasted text with the day it was pasted', () => {
    expect(pastedSource(new Date('2026-12-04T23:59:00Z'), 'pasted text')).toBe('pasted text, 2026-12-04');
  });

  it('splits a text file into its non-empty lines, without a byte-order mark', () => {
    expect(textParagraphs('\uFEFF第一段\r\n\r\n  第二段 \r第三段\n')).toEqual(['第一段', '第二段', '第三段']);
    expect(textParagraphs(' \n\n')).toEqual([]);
  });

  it('takes only an http(s) address from the context menu', () => {
    const pdf = 'https://www.mee.gov.cn/a b.pdf';
    expect(linkedPdfOf(`?pdf=${encodeURIComponent(pdf)}`)).toBe('https://www.mee.gov.cn/a%20b.pdf');
    expect(linkedPdfOf(`?pdf=${encodeURIComponent('javascript:alert(1)')}`)).toBeUndefined();
    expect(linkedPdfOf('?pdf=not%20a%20url')).toBeUndefined();
    expect(linkedPdfOf('')).toBeUndefined();
  });

  it('names the source of a block from its section, none outside one', () => {
    document.body.innerHTML = '<section data-source="plan.pdf, page 2"><p>碳达峰</p></section><p>其他</p>';
    const [inside, outside] = [...document.querySelectorAll('p')];
    expect(sourceOfBlock(inside as Node)).toBe('plan.pdf, page 2');
    expect(sourceOfBlock(inside?.firstChild as Node)).toBe('plan.pdf, page 2');
    expect(sourceOfBlock(outside as Node)).toBeNull();
  });
});
