import { useState } from 'preact/hooks';
import { t } from '@/ui/i18n';
import { pastedSource, textParagraphs } from './document-source';

interface Shown {
  source: string;
  paragraphs: string[];
}

/** Largest text file read (a long policy plan is a few hundred KB). */
const MAX_TEXT_BYTES = 8 * 1024 * 1024;

/**
 * The reader page: paste text or open a .txt/.md file; the text shows as paragraphs that Tanci reads like
 * any page (marks, hover, save). The page title is the source a saved term records. Nothing leaves the
 * browser: files are read with the File API, never uploaded.
 */
export function DocumentApp({ now = () => new Date() }: { now?: () => Date }) {
  const [pasted, setPasted] = useState('');
  const [shown, setShown] = useState<Shown | null>(null);
  const [error, setError] = useState('');

  function show(source: string, text: string) {
    const paragraphs = textParagraphs(text);
    if (paragraphs.length === 0) return setError(t('documentEmpty'));
    setError('');
    document.title = source;
    setShown({ source, paragraphs });
  }

  async function open(file: File | undefined) {
    if (!file) return;
    if (!/\.(txt|md|markdown)$/i.test(file.name)) return setError(t('documentUnsupported', file.name));
    if (file.size > MAX_TEXT_BYTES) return setError(t('documentTooLarge', file.name));
    show(file.name, await file.text());
  }

  return (
    <main class="document-reader">
      <h1>{t('documentHeading')}</h1>
      <div class="document-input">
        <label>
          {t('documentOpenFile')}{' '}
          <input
            type="file"
            accept=".txt,.md,.markdown,text/plain,text/markdown"
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
      </div>
      {shown && (
        <article class="document-text" aria-label={shown.source} lang="zh-Hans">
          {shown.paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </article>
      )}
    </main>
  );
}
