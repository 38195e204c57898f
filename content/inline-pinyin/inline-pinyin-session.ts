import { sendMessage } from '@/protocol/messages';
import { followSettings, type Settings } from '@/protocol/settings/settings';
import { getSiteEnabled, watchSiteEnabled } from '@/protocol/settings/site-settings';
import { createInlinePinyin, type InlinePinyin, type InlinePinyinOptions } from './inline-pinyin';

export interface InlinePinyinSessionEnv {
  win?: Window & typeof globalThis;
  /** The site the frame belongs to (null: not a web page, Tanci always on). */
  site: string | null;
  onInvalidated?: (cb: () => void) => void;
  inline?: InlinePinyin;
}

function optionsOf(s: Settings): InlinePinyinOptions | null {
  if (!s.inlinePinyin.enabled) return null;
  return { scope: s.inlinePinyin.scope, minHsk: s.inlinePinyin.minHsk, style: s.pinyinStyle };
}

/**
 * Keeps a frame's inline pinyin in step with the settings and the site switch: on, off, or redone when
 * its scope or the pinyin style changes. Turning it off (or Tanci off for the site) restores the page.
 */
export function startInlinePinyin(env: InlinePinyinSessionEnv): () => void {
  const win = env.win ?? window;
  const inline =
    env.inline ??
    createInlinePinyin({
      doc: win.document,
      annotate: async (paragraphs) => (await sendMessage('annotate', { paragraphs })).paragraphs,
      hskLevels: async (words) =>
        new Map((await sendMessage('lookup', { words })).results.map((r) => [r.word, r.hsk])),
    });
  let wanted: InlinePinyinOptions | null = null;
  let applied = '';
  let siteOn = env.site === null;

  function sync(): void {
    const target = siteOn ? wanted : null;
    const key = target ? JSON.stringify(target) : '';
    if (key === applied) return;
    applied = key;
    if (target) void inline.apply(target).catch(() => undefined);
    else inline.remove();
  }

  const stopSettings = followSettings((s) => {
    wanted = optionsOf(s);
    sync();
  });
  let stopSite: () => void = () => undefined;
  if (env.site !== null) {
    const site = env.site;
    void getSiteEnabled(site).then((on) => {
      siteOn = on;
      sync();
    });
    stopSite = watchSiteEnabled(site, (on) => {
      siteOn = on;
      sync();
    });
  }
  const stop = () => {
    stopSettings();
    stopSite();
    inline.remove();
  };
  env.onInvalidated?.(stop);
  return stop;
}
