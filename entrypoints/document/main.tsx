import { render } from 'preact';
import { createReaderModule } from '@/content/create-reader-module';
import { DocumentApp } from '@/ui/document-reader/document-app';
import { t, uiLanguage } from '@/ui/i18n';
import { addPinyinFontStyle } from '@/ui/pinyin-font';
import '../popup/style.css';
import './style.css';

// Tanci's own page for text no web page holds (pasted text, text files): the same reading code as on web
// pages, started here directly (content scripts do not run in extension pages).
addPinyinFontStyle();
document.documentElement.lang = uiLanguage();
document.title = t('documentPageTitle');
render(<DocumentApp />, document.getElementById('app') as HTMLElement);
// The extension's context lives as long as this page: reading stops when the page goes away.
createReaderModule().startReading({
  win: window,
  onInvalidated: (stop) => window.addEventListener('pagehide', stop, { once: true }),
});
