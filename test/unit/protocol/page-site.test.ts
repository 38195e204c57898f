import { describe, expect, it, vi } from 'vitest';
import { pageSiteOf } from '@/protocol/page-site';

const noListener = async () => {
  throw new Error('Could not establish connection. Receiving end does not exist.');
};

describe('pageSiteOf: the site the toolbar popup and the keyboard command act on', () => {
  it("takes the top frame's answer when it has one (a frame that holds Chinese)", async () => {
    const getTab = vi.fn();
    const site = await pageSiteOf(7, {
      ask: async () => ({ site: 'www.cenews.com.cn', enabled: false, hasChinese: true }),
      getTab,
    });
    expect(site).toEqual({ site: 'www.cenews.com.cn', enabled: false, hasChinese: true });
    expect(getTab).not.toHaveBeenCalled();
  });

  it('reads the tab URL (activeTab) when the top frame keeps no listener: a loaded page without Chinese', async () => {
    const isEnabled = vi.fn(async (s: string) => s !== 'news.example.org');
    const ask = (url: string, status = 'complete') =>
      pageSiteOf(7, { ask: noListener, getTab: async () => ({ url, status }), isEnabled });
    expect(await ask('https://www.Example.com./briefing')).toEqual({
      site: 'www.example.com',
      enabled: true,
      hasChinese: false,
    });
    expect(await ask('https://news.example.org/a')).toMatchObject({
      site: 'news.example.org',
      enabled: false,
    });
    // Still loading: its detector may not have looked yet.
    expect(await ask('https://www.example.com/', 'loading')).toMatchObject({ hasChinese: null });
  });

  it('names no site where Tanci cannot run, or when the URL is not granted', async () => {
    const isEnabled = vi.fn(async () => true);
    const from = (tab: { url?: string; status?: string }) =>
      pageSiteOf(7, { ask: noListener, getTab: async () => tab, isEnabled });
    expect(await from({ url: 'chrome://extensions/', status: 'complete' })).toEqual({
      site: null,
      enabled: false,
      hasChinese: false,
    });
    // Opened without a click on Tanci's button (no activeTab grant): no URL to read.
    expect(await from({ status: 'complete' })).toEqual({ site: null, enabled: false, hasChinese: false });
    expect(isEnabled).not.toHaveBeenCalled();
  });

  it('says "not known yet" when the tab is gone', async () => {
    const gone = async () => {
      throw new Error('No tab with id: 7.');
    };
    expect(await pageSiteOf(7, { ask: noListener, getTab: gone })).toEqual({
      site: null,
      enabled: false,
      hasChinese: null,
    });
  });
});
