import { describe, expect, it, vi } from 'vitest';
import type { PdfTextItem } from '@/core/text/pdf-paragraphs';
import {
  type OpenPdfjs,
  openPdfText,
  type PdfjsDocument,
  PdfOpenError,
  pdfProblemOf,
} from '@/ui/document-reader/pdf-document';

/** Errors as they arrive from pdf.js's worker: plain objects rebuilt with the exception's name. */
const pdfjsError = (name: string, extra: object = {}) =>
  Object.assign(new Error(`${name} message`), { name }, extra);

const textItem = (str: string, y: number): PdfTextItem => ({
  str,
  transform: [12, 0, 0, 12, 72, y],
  width: [...str].length * 12,
  height: 12,
});

function fakePdfjs(pages: PdfTextItem[][]): { open: OpenPdfjs; cleaned: number[]; destroyed: () => boolean } {
  const cleaned: number[] = [];
  let destroyed = false;
  const doc: PdfjsDocument = {
    numPages: pages.length,
    getPage: async (n) => ({
      getTextContent: async () => ({ items: pages[n - 1] ?? [] }),
      cleanup: () => cleaned.push(n),
    }),
    destroy: async () => {
      destroyed = true;
    },
  };
  return {
    open: () => ({ promise: Promise.resolve(doc), destroy: async () => undefined }),
    cleaned,
    destroyed: () => destroyed,
  };
}

describe('PDF errors, as the reader names them', () => {
  it('maps pdf.js exceptions by name: password, not a PDF, anything else', () => {
    expect(pdfProblemOf(pdfjsError('PasswordException', { code: 1 }))).toBe('password');
    expect(pdfProblemOf(pdfjsError('PasswordException', { code: 2 }))).toBe('password');
    expect(pdfProblemOf(pdfjsError('InvalidPDFException'))).toBe('invalid');
    expect(pdfProblemOf(pdfjsError('FormatError'))).toBe('invalid');
    expect(pdfProblemOf(pdfjsError('UnknownErrorException'))).toBe('failed');
    expect(pdfProblemOf(new TypeError('x'))).toBe('failed');
    expect(pdfProblemOf('a string')).toBe('failed');
    expect(pdfProblemOf(null)).toBe('failed');
  });

  it('rejects with the problem when pdf.js cannot open the file, and lets the loading task go', async () => {
    for (const [name, problem] of [
      ['PasswordException', 'password'],
      ['InvalidPDFException', 'invalid'],
      ['ResponseException', 'failed'],
    ] as const) {
      const destroy = vi.fn(async () => undefined);
      const open: OpenPdfjs = () => ({ promise: Promise.reject(pdfjsError(name)), destroy });
      const error = await openPdfText(new Uint8Array([37, 80, 68, 70]), open).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PdfOpenError);
      expect((error as PdfOpenError).problem).toBe(problem);
      expect(destroy).toHaveBeenCalledOnce();
    }
  });
});

describe('a PDF’s text, page by page', () => {
  it('gives the page count and each page’s paragraphs on demand, freeing the page after', async () => {
    const fake = fakePdfjs([[textItem('各地要坚决遏制两高项目。', 700)], [], [textItem('碳达峰。', 700)]]);
    const pdf = await openPdfText(new Uint8Array(), fake.open);
    expect(pdf.pages).toBe(3);
    expect(await pdf.paragraphs(3)).toEqual(['碳达峰。']);
    expect(fake.cleaned).toEqual([3]);
    // A page with no text items (a scanned page) has no paragraphs.
    expect(await pdf.paragraphs(2)).toEqual([]);
    expect(await pdf.paragraphs(1)).toEqual(['各地要坚决遏制两高项目。']);
    pdf.close();
    await Promise.resolve();
    expect(fake.destroyed()).toBe(true);
  });
});
