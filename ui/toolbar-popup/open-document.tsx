import { browser } from 'wxt/browser';
import { t } from '@/ui/i18n';
import { extensionUrl } from '@/ui/review/glossary-state';

function openDocumentPage(e: Event) {
  e.preventDefault();
  void browser.tabs.create({ url: extensionUrl('/document.html') });
  window.close();
}

/** The toolbar popup's way to Tanci's reader page (pasted text and text files). */
export function OpenDocumentLink() {
  return (
    <a href="/document.html" class="full-page" onClick={openDocumentPage}>
      {t('openDocument')}
    </a>
  );
}
