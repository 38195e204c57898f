import { describe, expect, it } from 'vitest';
import { type PdfTextRun, pdfLines, pdfParagraphs } from '@/core/text/pdf-paragraphs';

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
