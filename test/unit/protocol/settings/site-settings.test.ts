import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SITE_SETTINGS,
  getSiteEnabled,
  isSiteEnabled,
  setSiteEnabled,
  siteEnabledFrom,
  siteOf,
  toggleSite,
  watchSiteEnabled,
  withSiteEnabled,
} from '@/protocol/settings/site-settings';

describe('site settings', () => {
  it('names sites by host, and only for web pages', () => {
    expect(siteOf('https://WWW.People.cn./n1/2021/0801.html')).toBe('www.people.cn');
    expect(siteOf('chrome://extensions')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });

  it('turns sites off and on, subdomains following their parent', () => {
    const off = withSiteEnabled(DEFAULT_SITE_SETTINGS, 'people.cn', false);
    expect(isSiteEnabled(off, 'people.cn')).toBe(false);
    expect(isSiteEnabled(off, 'env.people.cn')).toBe(false);
    expect(isSiteEnabled(off, 'xinhuanet.com')).toBe(true);
    expect(isSiteEnabled(withSiteEnabled(off, 'env.people.cn', true), 'env.people.cn')).toBe(true);
    const only = { mode: 'only-listed' as const, sites: ['thepaper.cn'] };
    expect(isSiteEnabled(only, 'thepaper.cn')).toBe(true);
    expect(isSiteEnabled(only, 'people.cn')).toBe(false);
    expect(isSiteEnabled(withSiteEnabled(only, 'people.cn', true), 'people.cn')).toBe(true);
  });

  it('stores the state and tells watchers', async () => {
    fakeBrowser.reset();
    const seen: boolean[] = [];
    const unwatch = watchSiteEnabled('www.cenews.com.cn', (on) => seen.push(on));
    expect(await getSiteEnabled('www.cenews.com.cn')).toBe(true);
    expect(await toggleSite('www.cenews.com.cn')).toBe(false);
    await setSiteEnabled('www.cenews.com.cn', true);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([false, true]);
    unwatch();
  });

  it('decides from settings read ahead by the detector, and asks storage again when that read is no good', async () => {
    await setSiteEnabled('people.cn', false);
    const off = { mode: 'all-except', sites: ['people.cn'] };
    expect(await siteEnabledFrom(Promise.resolve(off), 'env.people.cn')).toBe(false);
    expect(await siteEnabledFrom(Promise.resolve(off), 'xinhuanet.com')).toBe(true);
    // Never set: the default (on everywhere), without another read.
    expect(await siteEnabledFrom(Promise.resolve(undefined), 'people.cn')).toBe(true);
    // A failed or malformed read, or none: storage decides (people.cn is off there).
    expect(await siteEnabledFrom(Promise.reject(new Error('gone')), 'people.cn')).toBe(false);
    expect(await siteEnabledFrom(Promise.resolve({ mode: 'x', sites: 3 }), 'people.cn')).toBe(false);
    expect(await siteEnabledFrom(undefined, 'people.cn')).toBe(false);
    fakeBrowser.reset();
  });
});
