import { browser } from 'wxt/browser';
import { sendMessage } from '@/protocol/messages';
import { getSiteEnabled, siteOf } from '@/protocol/settings/site-settings';

export interface PageSite {
  /** The page's site (its host name), or null where Tanci does not run or the URL cannot be known. */
  site: string | null;
  /** Whether Tanci is on for that site. */
  enabled: boolean;
  /** Whether the top frame holds Chinese; null while the page is still loading. */
  hasChinese: boolean | null;
}

export interface PageSiteDeps {
  /** The top frame's own answer (`getPageSite`); it rejects where no content script listens. */
  ask?: (tabId: number) => Promise<{ site: string | null; enabled: boolean; hasChinese?: boolean }>;
  getTab?: (tabId: number) => Promise<{ url?: string; status?: string }>;
  isEnabled?: (site: string) => Promise<boolean>;
}

/**
 * A tab's site and whether Tanci is on there, for the toolbar popup and the keyboard command. The top
 * frame's content script answers once it has found Chinese text. A frame without Chinese keeps no listener
 * (bench:browser: the extension APIs it needs would cost every page of the web about 3 ms of script time),
 * so then the tab's own URL is read: `activeTab` lets the extension see it once the user has clicked Tanci's
 * button or pressed its command on that tab, and never otherwise. Rejects only when the settings cannot be read.
 */
export async function pageSiteOf(tabId: number, deps: PageSiteDeps = {}): Promise<PageSite> {
  const ask = deps.ask ?? ((id: number) => sendMessage('getPageSite', {}, { tabId: id, frameId: 0 }));
  const getTab = deps.getTab ?? ((id: number) => browser.tabs.get(id));
  const isEnabled = deps.isEnabled ?? getSiteEnabled;
  try {
    const answer = await ask(tabId);
    return { site: answer.site, enabled: answer.enabled, hasChinese: answer.hasChinese ?? true };
  } catch {
    // Nobody listens: the top frame holds no Chinese, is still loading, or is a page Tanci cannot run in.
  }
  const tab = await getTab(tabId).catch(() => undefined);
  const site = tab?.url ? siteOf(tab.url) : null;
  return {
    site,
    enabled: site !== null && (await isEnabled(site)),
    // Content scripts have run by the time a tab has loaded (document_idle comes before or right at load).
    hasChinese: tab?.status === 'complete' ? false : null,
  };
}
