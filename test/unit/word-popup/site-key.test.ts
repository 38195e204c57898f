import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { servePageSite, siteKeyOf } from '@/components/word-popup/site-key';
import { removeAllListeners } from '@/utils/messaging';
import { setSiteEnabled } from '@/utils/site-settings';

const frame = (href: string, ancestors: string[] = []) =>
  ({
    location: { href, ancestorOrigins: Object.assign([...ancestors], { contains: () => false }) },
  }) as never;

/** Delivers a message to the registered listeners the way the browser would, from this extension. */
async function ask(type: string): Promise<unknown> {
  const trigger = (
    fakeBrowser.runtime.onMessage as unknown as { trigger: (...a: unknown[]) => Promise<unknown[]> }
  ).trigger;
  let reply: unknown;
  const message = { id: 1, type, data: {}, timestamp: Date.now() };
  const results = await trigger(message, { id: fakeBrowser.runtime.id }, (r: unknown) => {
    reply = r;
  });
  await new Promise((r) => setTimeout(r, 0));
  return reply ?? (await Promise.all(results)).find((r) => r && typeof r === 'object');
}

afterEach(() => {
  removeAllListeners();
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

  it('answers getPageSite with the site and whether Tanci is on there', async () => {
    servePageSite(frame('https://www.cenews.com.cn/a.html'));
    expect(await ask('getPageSite')).toEqual({ res: { site: 'www.cenews.com.cn', enabled: true } });
    await setSiteEnabled('www.cenews.com.cn', false);
    expect(await ask('getPageSite')).toEqual({ res: { site: 'www.cenews.com.cn', enabled: false } });
  });
});
