import { useEffect, useRef, useState } from 'preact/hooks';
import { idleScheduler } from '@/content/page/idle';
import { TANCI_UI_ATTRIBUTE } from '@/content/page/text-filter';
import { t } from '@/ui/i18n';
import type { PdfText } from './pdf-document';
import { createPageQueue } from './pdf-page-queue';

/** A page's paragraphs; null when it could not be read; undefined until it is. */
type PageText = string[] | null | undefined;

/** How many pages are read before a document with no text at all is called scanned. */
const PAGES_TO_CALL_SCANNED = 3;

/** What a saved term records as its source on a PDF's page: the file name and the page number. */
export function pdfPageSource(name: string, page: number): string {
  return t('documentPdfSource', [name, page]);
}

const ui = { [TANCI_UI_ATTRIBUTE]: '' };

/**
 * A PDF's text, one section per page labelled with its number (the saved source of a word read there).
 * Pages are read lazily (see pdf-page-queue.ts); a page not read yet keeps a page's height so the pages
 * after it stay out of view until scrolled to. A document whose first pages have no text is scanned
 * images: the reader says so (Tanci does no OCR).
 */
export function PdfPages({ pdf, name, win = window }: { pdf: PdfText; name: string; win?: Window }) {
  const [pages, setPages] = useState<PageText[]>(() => new Array<PageText>(pdf.pages).fill(undefined));
  const article = useRef<HTMLElement>(null);

  useEffect(() => {
    const queue = createPageQueue(
      pdf.pages,
      (n) => pdf.paragraphs(n),
      (n, paragraphs) => setPages((prev) => prev.map((page, i) => (i === n - 1 ? paragraphs : page))),
      idleScheduler(win as Window & typeof globalThis),
    );
    const seen = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          if (e.isIntersecting) queue.want(Number((e.target as HTMLElement).dataset.page));
        }
      },
      { rootMargin: '100% 0px' },
    );
    for (const section of article.current?.querySelectorAll('section[data-page]') ?? []) {
      seen.observe(section);
    }
    return () => {
      seen.disconnect();
      queue.stop();
      pdf.close();
    };
  }, [pdf, win]);

  const read = pages.filter((p) => p !== undefined);
  const scanned =
    read.length >= Math.min(pdf.pages, PAGES_TO_CALL_SCANNED) && read.every((p) => p?.length === 0);
  return (
    <>
      {scanned && (
        <p role="alert" {...ui}>
          {t('documentPdfNoText', name)}
        </p>
      )}
      <article class="document-text" aria-label={name} lang="zh-Hans" ref={article}>
        {pages.map((page, i) => (
          <section
            key={i}
            class="document-page"
            data-page={i + 1}
            data-source={pdfPageSource(name, i + 1)}
            aria-label={t('documentPageLabel', i + 1)}
          >
            <h2 class="document-page-number" {...ui}>
              {t('documentPageLabel', i + 1)}
            </h2>
            {page === undefined && (
              <p class="document-page-pending" {...ui}>
                {t('documentPageReading')}
              </p>
            )}
            {page === null && <p {...ui}>{t('documentPageFailed')}</p>}
            {page?.length === 0 && <p {...ui}>{t('documentPageNoText')}</p>}
            {page?.map((p, j) => (
              <p key={j}>{p}</p>
            ))}
          </section>
        ))}
      </article>
    </>
  );
}
