/**
 * The reading session follows the settings and the site switch once for the whole frame (issue 16) and feeds
 * inline pinyin from that one follow: its settings, and the page reader while Tanci is on for the site.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { InlinePinyinSession } from '@/content/inline-pinyin/inline-pinyin-session';
import type { PageReader } from '@/content/page/page-scanner';
import { siteKeyOf } from '@/content/site-key';
import { startReadingSession } from '@/content/start-reading';
import { type Settings, updateSettings } from '@/protocol/settings/settings';
import { setSiteEnabled } from '@/protocol/settings/site-settings';

/** Inline pinyin that records what the reading session tells it. */
function recordingInlinePinyin() {
  const settings: Settings[] = [];
  const readers: (PageReader | null)[] = [];
  const session: InlinePinyinSession = {
    setSettings: (s) => void settings.push(s),
    setReader: (r) => void readers.push(r),
  };
  return { session, settings, readers, last: () => settings.at(-1)?.inlinePinyin.enabled };
}

let stops: (() => void)[] = [];

async function startWithInlinePinyin() {
  const inline = recordingInlinePinyin();
  await startReadingSession({
    win: window,
    onInvalidated: (stop) => void stops.push(stop),
    inlinePinyin: inline.session,
  });
  return inline;
}

beforeEach(() => {
  fakeBrowser.reset();
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
    'https://example.org/news',
  );
  document.body.replaceChildren();
});

afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
});

describe('the reading session', () => {
  it('feeds inline pinyin each settings change through its one follow, and the reader while the site is on', async () => {
    const inline = await startWithInlinePinyin();
    await vi.waitFor(() => expect(inline.last()).toBe(false));
    expect(inline.readers.at(-1)).not.toBeNull();

    await updateSettings({ inlinePinyin: { enabled: true, scope: 'selected' } });
    await vi.waitFor(() => expect(inline.last()).toBe(true));
    expect(inline.settings.at(-1)?.inlinePinyin.scope).toBe('selected');

    const site = siteKeyOf(window) as string;
    await setSiteEnabled(site, false);
    await vi.waitFor(() => expect(inline.readers.at(-1)).toBeNull());
    await setSiteEnabled(site, true);
    await vi.waitFor(() => expect(inline.readers.at(-1)).not.toBeNull());
  });

  it('stops feeding it when the extension context goes away, and takes its reader back', async () => {
    const inline = await startWithInlinePinyin();
    await vi.waitFor(() => expect(inline.settings.length).toBeGreaterThan(0));
    for (const stop of stops) stop();
    stops = [];
    expect(inline.readers.at(-1)).toBeNull();
    const seen = inline.settings.length;
    await updateSettings({ inlinePinyin: { enabled: true } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(inline.settings.length).toBe(seen);
  });
});
