import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { PdfTextItem } from '@/core/text/pdf-paragraphs';
import { DocumentApp } from '@/ui/document-reader/document-app';
import type { OpenPdfjs } from '@/ui/document-reader/pdf-document';
import { useLocale } from '../../use-locale';

afterEach(cleanup);
useLocale('en');

const CHOOSER = 'Open a PDF or text file (.pdf, .txt, .md):';
const pdfFile = (name: string) =>
  new File([new Uint8Array([37, 80, 68, 70])], name, { type: 'application/pdf' });

/** pdf.js, faked: a document of `pages` (text items per page), or a rejection named like pdf.js's. */
function pdfjsOf(pages: PdfTextItem[][] | { reject: string }): () => Promise<OpenPdfjs> {
  return async () => () => ({
    promise:
      'reject' in pages
        ? Promise.reject(Object.assign(new Error('x'), { name: pages.reject }))
        : Promise.resolve({
            numPages: pages.length,
            getPage: async (n: number) => ({
              getTextContent: async () => ({ items: pages[n - 1] ?? [] }),
              cleanup: () => undefined,
            }),
            destroy: async () => undefined,
          }),
    destroy: async () => undefined,
  });
}

function choose(file: File): void {
  const input = screen.getByLabelText(CHOOSER) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

const text = (str: string): PdfTextItem => ({
  str,
  transform: [12, 0, 0, 12, 72, 700],
  width: 120,
  height: 12,
});

describe('PDFs on the reader page', () => {
  it('shows page 1 as a section labelled with its number, whose words record the file and page', async () => {
    render(<DocumentApp pdfjs={pdfjsOf([[text('各地要坚决遏制两高项目。')], [text('第二页。')]])} />);
    choose(pdfFile('plan.pdf'));
    const first = await screen.findByRole('region', { name: 'Page 1' });
    await waitFor(() => expect(first.textContent).toContain('各地要坚决遏制两高项目。'));
    expect(first.getAttribute('data-source')).toBe('plan.pdf, page 1');
    expect(screen.getByRole('region', { name: 'Page 2' }).getAttribute('data-source')).toBe(
      'plan.pdf, page 2',
    );
    expect(document.title).toBe('plan.pdf');
  });

  it('says a PDF whose pages have no text is scanned (no OCR)', async () => {
    render(<DocumentApp pdfjs={pdfjsOf([[], []])} />);
    choose(pdfFile('scan.pdf'));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('"scan.pdf" has no text layer'),
    );
  });

  it('says an encrypted PDF needs a password, and a broken one is not a PDF it can read', async () => {
    render(<DocumentApp pdfjs={pdfjsOf({ reject: 'PasswordException' })} />);
    choose(pdfFile('secret.pdf'));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('"secret.pdf" is protected by a password'),
    );
    cleanup();
    render(<DocumentApp pdfjs={pdfjsOf({ reject: 'InvalidPDFException' })} />);
    choose(pdfFile('broken.pdf'));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('"broken.pdf" is not a PDF Tanci can read'),
    );
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('offers a web PDF from the context menu as a link to download, fetching nothing', () => {
    render(<DocumentApp linkedPdf="https://www.ndrc.gov.cn/plan.pdf" />);
    const link = screen.getByRole('link', { name: 'https://www.ndrc.gov.cn/plan.pdf' });
    expect(link.getAttribute('href')).toBe('https://www.ndrc.gov.cn/plan.pdf');
    expect(screen.getByRole('status').textContent).toContain('Download this PDF, then open it here');
  });
});
