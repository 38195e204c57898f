import { pageSiteOf } from '@/utils/page-site';
import { toggleSite } from '@/utils/site-settings';

export const TOGGLE_SITE_COMMAND = 'toggle-site';

/** The keyboard command: finds the tab's site (utils/page-site.ts), then flips Tanci for that site. */
export function registerSiteCommand(): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== TOGGLE_SITE_COMMAND || tab?.id === undefined) return;
    void pageSiteOf(tab.id)
      .then(({ site }) => (site ? toggleSite(site) : undefined))
      .catch(() => undefined);
  });
}
