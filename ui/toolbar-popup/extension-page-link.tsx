import type { ComponentChildren } from 'preact';
import { browser } from 'wxt/browser';
import { extensionUrl } from '@/ui/review/glossary-state';

/**
 * A link from the toolbar popup to one of Tanci's own pages (the vocabulary page, the reader page): it opens
 * in a new tab and the popup closes, which a plain link inside the popup would not do.
 */
export function ExtensionPageLink({ path, children }: { path: string; children: ComponentChildren }) {
  function open(e: Event) {
    e.preventDefault();
    void browser.tabs.create({ url: extensionUrl(path) });
    window.close();
  }
  return (
    <a href={path} class="full-page" onClick={open}>
      {children}
    </a>
  );
}
