import { render } from 'preact';
import { startReadingSession } from '@/content/start-reading';
import { DocumentApp } from '@/ui/document-reader/document-app';
import { linkedPdfOf, sourceOfBlock } from '@/ui/document-reader/document-source';
import { t, uiLanguage } from '@/ui/i18n';
import { addPinyinFontStyle } from '@/ui/pinyin-font';
import '../popup/style.css';
import './style.css';

// Tanci's own page for text no web page holds (PDFs, pasted text, text files): the same reading code as on
// web pages, started here directly (content scripts do not run in extension pages).
addPinyinFontStyle();
document.documentElement.lang = uiLanguage();
document.title = t('documentPageTitle');
const linkedPdf = linkedPdfOf(location.search);
render(<DocumentApp {...(linkedPdf ? { linkedPdf } : {})} />, document.getElementById('app') as HTMLElement);
// The extension's context lives as long as this page: reading stops when the page goes away. A word saved
// on a PDF's page records the file and page its section names.
void startReadingSession({
  win: window,
  onInvalidated: (stop) => window.addEventListener('pagehide', stop, { once: true }),
  sourceOf: sourceOfBlock,
});
