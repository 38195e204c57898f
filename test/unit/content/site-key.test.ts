import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createReaderModule } from '@/content/create-reader-module';
import { siteKeyOf } from '@/content/site-key';
import { setSiteEnabled } from '@/protocol/settings/site-settings';

const frame = (href: string, ancestors: string[] = []) =>
  ({
    location: { href, ancestorOrigins: Object.assign([...ancestors], { contains: () => false }) },
  }) as never;

afterEach(() => {
  fakeBrowser.reset();
});

describe('site of a frame', () => {
  it('is the top page’s host, also for frames from elsewhere', () => {
    expect(siteKeyOf(frame('https://www.people.cn/n1/2021.html'))).toBe('www.people.cn');
    expect(siteKeyOf(frame('https://player.example.com/embed', ['https://www.thepaper.cn']))).toBe(
      'www.thepaper.cn',
    );
    expect(siteKeyOf(frame('about:blank'))).toBeNull();
  });

  it('is what the reader answers getPageSite with, and whether Tanci is on there', async () => {
    const { pageSite } = createReaderModule();
    const win = frame('https://www.cenews.com.cn/a.html');
    expect(await pageSite(win)).toEqual({ site: 'www.cenews.com.cn', enabled: true });
    await setSiteEnabled('www.cenews.com.cn', false);
    expect(await pageSite(win)).toEqual({ site: 'www.cenews.com.cn', enabled: false });
  });
});
