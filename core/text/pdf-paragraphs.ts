/**
 * A PDF page's text as pdf.js's text layer gives it (runs of text with their position), put back into
 * lines and paragraphs for reading. PDF lays Chinese out line by line with no hint of where a word
 * continues, so 碳达 | 峰 at a line end would read as two words: lines of one paragraph are joined with no
 * separator between Chinese text (a space only between two Latin runs, as normalize.ts joins OCR'd columns).
 * Paragraph breaks come from the layout: a line that stops short of the text's right edge after a sentence
 * end, a first line indented past the left edge, or a gap wider than the usual line spacing.
 */
import { joinLines, SENTENCE_END } from './normalize';

/** One text run of pdf.js's getTextContent(), in page units: x, y of its baseline's start (y grows upward). */
export interface PdfTextRun {
  str: string;
  x: number;
  y: number;
  width: number;
  /** The font size, near enough: pdf.js gives the run's height. */
  height: number;
}

/**
 * One entry of pdf.js's `getTextContent().items`, as far as reading needs it: a text item has `str`,
 * `transform` (the text matrix [a, b, c, d, e, f]: e, f are the baseline's start), `width`, `height` and
 * `hasEOL`; marked-content entries (no `str`) carry no text. Declared here so the core needs no pdf.js.
 */
export interface PdfTextItem {
  str?: unknown;
  transform?: unknown;
  width?: unknown;
  height?: unknown;
  /** Set on marked-content entries ("beginMarkedContent"…), which are skipped. */
  type?: unknown;
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * The text runs of a page's text items. Empty items (pdf.js marks a line end with an empty `hasEOL` item)
 * and marked content are dropped; the height falls back to the matrix's vertical scale (the font size) when
 * pdf.js gives 0, which it does for some fonts.
 */
export function pdfRunsOf(items: readonly PdfTextItem[]): PdfTextRun[] {
  const runs: PdfTextRun[] = [];
  for (const item of items) {
    const m = item.transform;
    if (typeof item.str !== 'string' || item.str === '' || !Array.isArray(m) || m.length < 6) continue;
    const [, , c, d, x, y] = m as unknown[];
    if (!finite(x) || !finite(y)) continue;
    const scale = finite(c) && finite(d) ? Math.hypot(c, d) : 0;
    const height = finite(item.height) && item.height > 0 ? item.height : scale;
    runs.push({ str: item.str, x, y, width: finite(item.width) ? item.width : 0, height });
  }
  return runs;
}

/** A page's paragraphs straight from its text items. */
export function pdfPageParagraphs(items: readonly PdfTextItem[]): PdfParagraph[] {
  return pdfParagraphs(pdfLines(pdfRunsOf(items)));
}

export interface PdfLine {
  text: string;
  x: number;
  /** Baseline; larger is higher on the page. */
  y: number;
  right: number;
  height: number;
  runs: PdfTextRun[];
}

export interface PdfParagraph {
  /** The lines joined for reading. */
  text: string;
  lines: PdfLine[];
}

/** Runs on one baseline (within a third of the text height) form a line, left to right; lines top to bottom. */
export function pdfLines(runs: readonly PdfTextRun[]): PdfLine[] {
  const lines: PdfLine[] = [];
  const sorted = runs.filter((r) => r.str !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  for (const run of sorted) {
    const line = lines.find((l) => Math.abs(l.y - run.y) <= Math.max(l.height, run.height, 1) / 3);
    if (line) line.runs.push(run);
    else lines.push({ text: '', x: run.x, y: run.y, right: run.x, height: run.height, runs: [run] });
  }
  for (const line of lines) {
    line.runs.sort((a, b) => a.x - b.x);
    line.text = line.runs.reduce((text, r) => text + r.str, '').replace(/\s+$/u, '');
    line.x = Math.min(...line.runs.map((r) => r.x));
    line.right = Math.max(...line.runs.map((r) => r.x + r.width));
    line.height = Math.max(...line.runs.map((r) => r.height));
  }
  return lines.sort((a, b) => b.y - a.y);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Whether `next` starts a new paragraph after `prev`, given the text block's edges and line spacing. */
function breaksBefore(prev: PdfLine, next: PdfLine, left: number, right: number, spacing: number): boolean {
  const em = Math.max(prev.height, next.height, 1);
  if (spacing > 0 && prev.y - next.y > spacing * 1.5) return true;
  if (next.x - left > em * 1.5) return true;
  return SENTENCE_END.test(prev.text) && right - prev.right > em * 1.5;
}

export function pdfParagraphs(lines: readonly PdfLine[]): PdfParagraph[] {
  if (lines.length === 0) return [];
  const left = Math.min(...lines.map((l) => l.x));
  const right = Math.max(...lines.map((l) => l.right));
  const spacing = median(lines.slice(1).map((l, i) => (lines[i] as PdfLine).y - l.y));
  const paragraphs: PdfParagraph[] = [];
  let open: PdfParagraph | undefined;
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    if (!open || (prev && breaksBefore(prev, line, left, right, spacing))) {
      open = { text: line.text.trim(), lines: [line] };
      paragraphs.push(open);
      return;
    }
    open.text = joinLines(open.text, line.text.trim());
    open.lines.push(line);
  });
  return paragraphs;
}
