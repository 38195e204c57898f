import { describe, expect, it } from 'vitest';
import {
  type PdfTextItem,
  type PdfTextRun,
  pdfLines,
  pdfPageParagraphs,
  pdfParagraphs,
  pdfRunsOf,
} from '@/core/text/pdf-paragraphs';

const EM = 12;
/** A run of text at column `col` (in characters) on line `row`, one em per character, 18 units apart. */
function run(str: string, row: number, col = 0, offsetY = 0): PdfTextRun {
  return { str, x: 72 + col * EM, y: 700 - row * 18 - offsetY, width: [...str].length * EM, height: EM };
}

const read = (runs: PdfTextRun[]) => pdfParagraphs(pdfLines(runs)).map((p) => p.text);

describe('PDF text back into paragraphs', () => {
  it('joins a Chinese word that a line end split, with no space', () => {
    expect(
      read([run('各地要坚决遏制两高项目盲目发展，推动碳达', 0), run('峰碳中和目标如期实现。', 1)]),
    ).toEqual(['各地要坚决遏制两高项目盲目发展，推动碳达峰碳中和目标如期实现。']);
  });

  it('puts runs of one baseline together left to right, whatever order pdf.js gave them in', () => {
    expect(read([run('碳中和', 0, 4), run('实现', 0, 0, 1), run('前', 0, 2)])).toEqual(['实现前碳中和']);
  });

  it('starts a paragraph after a short line that ends a sentence, and at an indented line', () => {
    const full = '一二三四五六七八九十一二三四五六七八九十';
    expect(
      read([run(full, 0), run('完成。', 1), run('第二段开始，', 2, 2), run(full, 3), run('继续', 4)]),
    ).toEqual([`${full}完成。`, `第二段开始，${full}继续`]);
  });

  it('keeps a full line ending in a full stop inside its paragraph', () => {
    const full = '一二三四五六七八九十一二三四五六七八九。';
    expect(read([run(full, 0), run('二三四', 1)])).toEqual([`${full}二三四`]);
  });

  it('starts a paragraph at a gap wider than the line spacing, and spaces two Latin runs', () => {
    expect(
      read([run('PM2.5 concentration', 0), run('fell by 10%', 1), run('下一段', 2), run('新的标题', 5)]),
    ).toEqual(['PM2.5 concentration fell by 10%下一段', '新的标题']);
  });

  it('gives nothing for a page without text (a scanned page)', () => {
    expect(read([])).toEqual([]);
    expect(read([run('', 0)])).toEqual([]);
  });
});

/**
 * Items as pdf.js's getTextContent() gives them for a Chromium-printed page: a text item per run with the
 * text matrix (font size 14 at x = 72, baseline y), an empty `hasEOL` item at each line end, and marked
 * content around them.
 */
function item(str: string, row: number, col = 0, extra: Partial<Record<string, unknown>> = {}): PdfTextItem {
  return {
    str,
    dir: 'ltr',
    transform: [14, 0, 0, 14, 72 + col * 14, 760 - row * 21],
    width: [...str].length * 14,
    height: 14,
    fontName: 'g_d0_f1',
    hasEOL: false,
    ...extra,
  } as PdfTextItem;
}
const eol = (row: number): PdfTextItem => item('', row, 0, { width: 0, hasEOL: true });

describe('pdf.js text items into runs and paragraphs', () => {
  it('takes x and y from the text matrix, skips line-end markers and marked content', () => {
    expect(
      pdfRunsOf([
        { type: 'beginMarkedContentProps', tag: 'P', id: 'p1' } as PdfTextItem,
        item('两高项目', 0),
        eol(0),
        { type: 'endMarkedContent' } as PdfTextItem,
      ]),
    ).toEqual([{ str: '两高项目', x: 72, y: 760, width: 56, height: 14 }]);
  });

  it('falls back to the matrix scale for a zero height, and drops items without a usable position', () => {
    expect(pdfRunsOf([item('碳', 0, 0, { height: 0, transform: [0, 12, -12, 0, 100, 500] })])).toEqual([
      { str: '碳', x: 100, y: 500, width: 14, height: 12 },
    ]);
    expect(pdfRunsOf([item('碳', 0, 0, { transform: [14, 0, 0, 14, Number.NaN, 1] })])).toEqual([]);
    expect(pdfRunsOf([item('碳', 0, 0, { transform: 'no' })])).toEqual([]);
  });

  it('reads a page: lines split mid-word rejoin, an indented line starts a paragraph', () => {
    const full = '各地要坚决遏制两高项目盲目发展推动碳达';
    const items = [
      item(full, 0, 2),
      eol(0),
      item('峰碳中和目标如期实现。', 1),
      eol(1),
      item('第二段。', 2, 2),
    ];
    expect(pdfPageParagraphs(items).map((p) => p.text)).toEqual([
      `${full}峰碳中和目标如期实现。`,
      '第二段。',
    ]);
  });

  it('keeps a space item between Latin runs of one line', () => {
    expect(
      pdfPageParagraphs([item('PM2.5', 0), item(' ', 0, 5), item('fell', 0, 6)]).map((p) => p.text),
    ).toEqual(['PM2.5 fell']);
  });
});
