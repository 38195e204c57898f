import { describe, expect, it, vi } from 'vitest';
import { onSiteCommand, TOGGLE_SITE_COMMAND } from '@/background/handlers/site-command';
import { pageSiteOf } from '@/protocol/page-site';

const noListener = async () => {
  throw new Error('Could not establish connection. Receiving end does not exist.');
};

describe('the "toggle Tanci on this site" command', () => {
  it("flips the site of a page without Chinese, read from the tab's URL (activeTab)", async () => {
    const toggle = vi.fn(async () => false);
    const pageSite = (tabId: number) =>
      pageSiteOf(tabId, {
        ask: noListener,
        getTab: async () => ({ url: 'https://www.example.com/briefing', status: 'complete' }),
        isEnabled: async () => true,
      });
    await onSiteCommand(TOGGLE_SITE_COMMAND, { id: 4 }, { pageSite, toggle });
    expect(toggle).toHaveBeenCalledWith('www.example.com');
  });

  it('leaves pages Tanci cannot run on alone, and ignores other commands and windows without a tab', async () => {
    const toggle = vi.fn(async () => false);
    const pageSite = vi.fn(async () => ({ site: null }));
    await onSiteCommand(TOGGLE_SITE_COMMAND, { id: 4 }, { pageSite, toggle });
    await onSiteCommand('toggle-inline-pinyin', { id: 4 }, { pageSite, toggle });
    await onSiteCommand(TOGGLE_SITE_COMMAND, undefined, { pageSite, toggle });
    expect(pageSite).toHaveBeenCalledTimes(1);
    expect(toggle).not.toHaveBeenCalled();
  });
});
