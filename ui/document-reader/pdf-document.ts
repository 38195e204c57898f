import { type PdfTextItem, pdfPageParagraphs } from '@/core/text/pdf-paragraphs';

/** Why a PDF could not be opened: it needs a password, it is not a PDF (or is damaged), or anything else. */
export type PdfProblem = 'password' | 'invalid' | 'failed';

/**
 * pdf.js rejects with errors named after their class (PasswordException when the file is encrypted and no
 * password was given, InvalidPDFException or FormatError when the bytes are not a readable PDF); the name
 * survives the trip from pdf.js's worker, the class does not.
 */
export function pdfProblemOf(error: unknown): PdfProblem {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  if (name === 'PasswordException') return 'password';
  if (name === 'InvalidPDFException' || name === 'FormatError') return 'invalid';
  return 'failed';
}

/** The part of a pdf.js document the reader uses (tests pass a fake of this shape). */
export interface PdfjsDocument {
  numPages: number;
  getPage(n: number): Promise<{
    getTextContent(): Promise<{ items: readonly PdfTextItem[] }>;
    cleanup(): unknown;
  }>;
  destroy(): Promise<void>;
}

/** pdf.js's `getDocument`, as the reader calls it. */
export type OpenPdfjs = (data: Uint8Array) => { promise: Promise<PdfjsDocument>; destroy(): Promise<void> };

export interface PdfText {
  pages: number;
  /** The paragraphs of page `n` (1-based); empty when the page has no text layer. */
  paragraphs(n: number): Promise<string[]>;
  close(): void;
}

export class PdfOpenError extends Error {
  constructor(readonly problem: PdfProblem) {
    super(`PDF could not be opened: ${problem}`);
    this.name = 'PdfOpenError';
  }
}

/**
 * Opens a PDF's text, page by page: each page's text items are put back into paragraphs only when that
 * page is asked for, so a long document shows its first page without reading the rest.
 */
export async function openPdfText(data: Uint8Array, open: OpenPdfjs): Promise<PdfText> {
  const task = open(data);
  let doc: PdfjsDocument;
  try {
    doc = await task.promise;
  } catch (error) {
    void task.destroy().catch(() => undefined);
    throw new PdfOpenError(pdfProblemOf(error));
  }
  return {
    pages: doc.numPages,
    async paragraphs(n) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      // The page's parsed resources are not needed again once its text is out.
      page.cleanup();
      return pdfPageParagraphs(content.items).map((p) => p.text);
    },
    close: () => void doc.destroy().catch(() => undefined),
  };
}
