import { sendMessage } from '@/utils/messaging';
import { toggleSite } from '@/utils/site-settings';

export const TOGGLE_SITE_COMMAND = 'toggle-site';

/** The keyboard command: asks the tab's top frame which site it shows, then flips that site. */
export function registerSiteCommand(): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== TOGGLE_SITE_COMMAND || tab?.id === undefined) return;
    void sendMessage('getPageSite', {}, { tabId: tab.id, frameId: 0 })
      .then(({ site }) => (site ? toggleSite(site) : undefined))
      .catch(() => undefined);
  });
}
