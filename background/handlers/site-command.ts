import { browser } from 'wxt/browser';
import { pageSiteOf } from '@/protocol/page-site';
import { toggleSite } from '@/protocol/settings/site-settings';

export const TOGGLE_SITE_COMMAND = 'toggle-site';

export interface SiteCommandDeps {
  pageSite?: (tabId: number) => Promise<{ site: string | null }>;
  toggle?: (site: string) => Promise<unknown>;
}

/**
 * The keyboard command: finds the site of the tab it was pressed on (protocol/page-site.ts; the command
 * grants activeTab, so a page without Chinese is named by its URL), then flips Tanci for that site.
 * Resolves once done, for tests; a page Tanci cannot run on is left alone.
 */
export async function onSiteCommand(
  command: string,
  tab: { id?: number } | undefined,
  { pageSite = pageSiteOf, toggle = toggleSite }: SiteCommandDeps = {},
): Promise<void> {
  if (command !== TOGGLE_SITE_COMMAND || tab?.id === undefined) return;
  const { site } = await pageSite(tab.id);
  if (site) await toggle(site);
}

export function registerSiteCommand(deps: SiteCommandDeps = {}): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    void onSiteCommand(command, tab, deps).catch(() => undefined);
  });
}
