import { useEffect, useState } from 'preact/hooks';
import { idleScheduler } from '@/content/page/idle';
import { t } from '@/ui/i18n';
import { pastedSource, textParagraphs } from './document-source';
import { type OpenPdfjs, openPdfText, PdfOpenError, type PdfText } from './pdf-document';
import { PdfPages } from './pdf-pages';
import { loadPdfjs } from './pdfjs-loader';

type Shown = { source: string; paragraphs: string[] } | { source: string; pdf: PdfText; opened: number };

/** Largest text file read (a long policy plan is a few hundred KB). */
const MAX_TEXT_BYTES = 8 * 1024 * 1024;
/** Largest PDF read (a scanned 300-page plan is about this; text PDFs are far smaller). */
const MAX_PDF_BYTES = 200 * 1024 * 1024;

const isPdf = (file: File) => file.type === 'application/pdf' || /\.pdf$/i.test(file.name);

/**
 * The reader page: open a PDF, a .txt or .md file (picker or drop), or paste text; the text shows as
 * paragraphs that Tanci reads like any page (marks, hover, save). The page title is the source a saved term
 * records (a PDF's page section names its page: see pdf-pages.tsx). Nothing leaves the browser: files are
 * read with the File API, never uploaded. `linkedPdf` is a web PDF's address the context menu sent here,
 * which the page cannot fetch (Tanci has no host permission): it offers the link to download instead.
 */
export function DocumentApp({
  now = () => new Date(),
  pdfjs = loadPdfjs,
  linkedPdf,
}: {
  now?: () => Date;
  pdfjs?: () => Promise<OpenPdfjs>;
  linkedPdf?: string;
}) {
  const [pasted, setPasted] = useState('');
  const [shown, setShown] = useState<Shown | null>(null);
  const [error, setError] = useState('');
  // pdf.js and its worker, made ready while the reader chooses a file (a failure is retried on open).
  useEffect(() => idleScheduler(window)(() => void pdfjs().catch(() => undefined)), [pdfjs]);

  function show(source: string, text: string) {
    const paragraphs = textParagraphs(text);
    if (paragraphs.length === 0) return setError(t('documentEmpty'));
    setError('');
    document.title = source;
    setShown({ source, paragraphs });
  }

  async function openPdf(file: File) {
    if (file.size > MAX_PDF_BYTES) return setError(t('documentPdfTooLarge', file.name));
    try {
      const pdf = await openPdfText(new Uint8Array(await file.arrayBuffer()), await pdfjs());
      setError('');
      document.title = file.name;
      setShown({ source: file.name, pdf, opened: Date.now() });
    } catch (e) {
      const problem = e instanceof PdfOpenError ? e.problem : 'failed';
      setShown(null);
      setError(t(PDF_PROBLEM_TEXT[problem], file.name));
    }
  }

  async function open(file: File | undefined) {
    if (!file) return;
    if (isPdf(file)) return openPdf(file);
    if (!/\.(txt|md|markdown)$/i.test(file.name)) return setError(t('documentUnsupported', file.name));
    if (file.size > MAX_TEXT_BYTES) return setError(t('documentTooLarge', file.name));
    show(file.name, await file.text());
  }

  return (
    <main
      class="document-reader"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        void open(e.dataTransfer?.files[0]);
      }}
    >
      <h1>{t('documentHeading')}</h1>
      <div class="document-input">
        <label>
          {t('documentOpenFile')}{' '}
          <input
            type="file"
            accept=".pdf,.txt,.md,.markdown,application/pdf,text/plain,text/markdown"
            onChange={(e) => void open(e.currentTarget.files?.[0])}
          />
        </label>
        <textarea
          spellcheck={false}
          aria-label={t('documentPasteLabel')}
          placeholder={t('documentPasteLabel')}
          value={pasted}
          onInput={(e) => setPasted(e.currentTarget.value)}
        />
        <button type="button" onClick={() => show(pastedSource(now(), t('documentPastedText')), pasted)}>
          {t('documentReadPasted')}
        </button>
        {error && <p role="alert">{error}</p>}
        {linkedPdf && <LinkedPdf url={linkedPdf} />}
      </div>
      {shown && 'pdf' in shown && <PdfPages key={shown.opened} pdf={shown.pdf} name={shown.source} />}
      {shown && 'paragraphs' in shown && (
        <article class="document-text" aria-label={shown.source} lang="zh-Hans">
          {shown.paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </article>
      )}
    </main>
  );
}

const PDF_PROBLEM_TEXT = {
  password: 'documentPdfPassword',
  invalid: 'documentPdfInvalid',
  failed: 'documentPdfFailed',
} as const;

/** A web PDF the context menu sent: Tanci may not fetch it, so the reader downloads it and opens it here. */
function LinkedPdf({ url }: { url: string }) {
  return (
    <p role="status">
      {t('documentLinkedPdf')}{' '}
      <a href={url} download>
        {url}
      </a>
    </p>
  );
}
