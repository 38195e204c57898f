import { browser } from 'wxt/browser';
import type { SaveInput, SaveOutcome } from '@/background/db/vocab-repo';
import type { DictionaryLoader } from '@/background/loaders/dictionary-loader';
import { hasHan } from '@/core/text/han';
import { LIMITS, type SelectionContext, sendMessage } from '@/protocol/messages';
import { saveTermPayload } from '@/protocol/save-term';
import { t } from '@/ui/i18n';

export const MENU_LOOKUP = 'tanci-lookup';
export const MENU_SAVE = 'tanci-save';
export const MENU_OPEN_PDF = 'tanci-open-pdf';

/** Links the "Open in Tanci's reader" item is offered on: a web address whose path ends in .pdf. */
export const PDF_LINK_PATTERNS = ['*://*/*.pdf', '*://*/*.pdf?*', '*://*/*.PDF', '*://*/*.PDF?*'];

/**
 * The reader page's address for a web PDF the menu was used on. The reader does not fetch it: an extension
 * page needs host permission to read another site's file, which Tanci does not ask for, so the reader
 * offers the link to download and then open.
 */
export function readerUrlFor(pdf: string, pageUrl: (path: '/document.html') => string): string {
  return `${pageUrl('/document.html')}?pdf=${encodeURIComponent(pdf)}`;
}

export interface ContextMenuDeps {
  /** The saved-term store's save: the very function the `saveTerm` message handler calls. */
  save: (input: SaveInput) => Promise<SaveOutcome>;
  dictionary: DictionaryLoader;
  /** Asks the frame of the click for its selection in context; null when it cannot answer. */
  selectionContext?: (tabId: number, frameId: number) => Promise<SelectionContext | null>;
  showLookup?: (tabId: number, frameId: number, text: string) => Promise<boolean>;
  /** Tells the reader how it went on the toolbar icon ("✓" saved, "!" failed, "?" nothing to look up). */
  badge?: (tabId: number, text: string) => void;
  /** Opens Tanci's reader page for a web PDF's link (a new tab beside the page). */
  openReader?: (pdfUrl: string, tabIndex: number | undefined) => Promise<unknown>;
}

export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
  pageUrl?: string;
  linkUrl?: string;
  frameId?: number;
}

/** The selected word, as saved: whitespace removed; null unless it is short Chinese text. */
export function selectedTerm(text: string | undefined): string | null {
  const term = (text ?? '').replace(/\s+/g, '');
  return term && term.length <= LIMITS.wordChars && hasHan(term) ? term : null;
}

/** Saves the selection with its sentence and page, filling pinyin and English from the dictionary. */
export async function saveSelection(
  deps: ContextMenuDeps,
  click: MenuClick,
  tab: { id?: number; title?: string; url?: string } | undefined,
): Promise<SaveOutcome> {
  const context =
    tab?.id !== undefined && deps.selectionContext
      ? await deps.selectionContext(tab.id, click.frameId ?? 0).catch(() => null)
      : null;
  const term = selectedTerm(context?.text ?? click.selectionText);
  if (!term) throw new Error('Select a Chinese word or phrase (up to 64 characters) to save it.');
  const [info] = await (await deps.dictionary.get()).lookupMany([term]);
  return deps.save(
    saveTermPayload({
      term,
      pinyin: info?.glossary?.pinyin ?? info?.entries[0]?.pinyin ?? '',
      info,
      sentence: context?.sentence ?? '',
      pageTitle: context?.pageTitle ?? tab?.title ?? '',
      url: context?.url ?? click.pageUrl ?? tab?.url ?? '',
    }),
  );
}

/** Handles one click on a Tanci menu item; failures end on the badge, never as unhandled rejections. */
export async function onMenuClick(
  deps: ContextMenuDeps,
  click: MenuClick,
  tab: { id?: number; index?: number; title?: string; url?: string } | undefined,
): Promise<void> {
  const tabId = tab?.id;
  if (click.menuItemId === MENU_OPEN_PDF) {
    if (click.linkUrl) await deps.openReader?.(click.linkUrl, tab?.index).catch(() => undefined);
    return;
  }
  const badge = (text: string) => tabId !== undefined && deps.badge?.(tabId, text);
  if (click.menuItemId === MENU_SAVE) {
    try {
      await saveSelection(deps, click, tab);
      badge('✓');
    } catch {
      badge('!');
    }
  } else if (click.menuItemId === MENU_LOOKUP) {
    const text = (click.selectionText ?? '').trim().slice(0, LIMITS.sentenceChars);
    const shown =
      tabId !== undefined && text && deps.showLookup
        ? await deps.showLookup(tabId, click.frameId ?? 0, text).catch(() => false)
        : false;
    if (!shown) badge('?');
  }
}

function defaultBadge(tabId: number, text: string): void {
  // MV3 in both browsers: `action` (Tanci builds no MV2 package).
  const action = browser.action;
  if (!action) return;
  void action.setBadgeText({ tabId, text });
  setTimeout(() => void action.setBadgeText({ tabId, text: '' }), 2_500);
}

/** "Look up in Tanci" and "Save to Tanci" on selected text; "Open in Tanci's reader" on a link to a PDF. */
export function registerContextMenu(deps: ContextMenuDeps): void {
  const menus = browser.contextMenus;
  if (!menus) return;
  const full: ContextMenuDeps = {
    selectionContext: (tabId, frameId) => sendMessage('getSelectionContext', {}, { tabId, frameId }),
    showLookup: async (tabId, frameId, text) =>
      (await sendMessage('showLookup', { text }, { tabId, frameId })).shown,
    badge: defaultBadge,
    openReader: (pdf, index) =>
      browser.tabs.create({
        url: readerUrlFor(pdf, (path) => browser.runtime.getURL(path)),
        ...(index === undefined ? {} : { index: index + 1 }),
      }),
    ...deps,
  };
  browser.runtime.onInstalled.addListener(() => {
    void menus.removeAll().then(() => {
      menus.create({ id: MENU_LOOKUP, title: t('contextLookup'), contexts: ['selection'] });
      menus.create({ id: MENU_SAVE, title: t('contextSave'), contexts: ['selection'] });
      menus.create({
        id: MENU_OPEN_PDF,
        title: t('contextOpenPdf'),
        contexts: ['link'],
        targetUrlPatterns: PDF_LINK_PATTERNS,
      });
    });
  });
  menus.onClicked.addListener((info, tab) => void onMenuClick(full, info, tab));
}
