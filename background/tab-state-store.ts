import { browser } from 'wxt/browser';
import type { TabState } from '../protocol/messages';

/** The part of `browser.storage.StorageArea` the store needs; tests pass a Map-backed fake. */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

interface FrameRecord {
  hasChinese: boolean;
  timeOrigin: number;
}
type TabRecord = Record<string, FrameRecord>;

/**
 * Which frames of each tab hold Chinese text. Kept in session storage because Chrome stops an idle
 * service worker: an in-memory map would forget every tab after ~30 s.
 */
export function createTabStateStore(area: KeyValueArea = browser.storage.session) {
  const key = (tabId: number) => `tab:${tabId}`;
  async function read(tabId: number): Promise<TabRecord> {
    const got = await area.get(key(tabId));
    return (got[key(tabId)] as TabRecord | undefined) ?? {};
  }
  return {
    async recordFrame(tabId: number, frameId: number, report: FrameRecord): Promise<void> {
      let frames = await read(tabId);
      if (frameId === 0) {
        // A new top document: frames created before it started belonged to the previous page.
        frames = Object.fromEntries(
          Object.entries(frames).filter(([id, f]) => id !== '0' && f.timeOrigin >= report.timeOrigin),
        );
      }
      frames[String(frameId)] = report;
      await area.set({ [key(tabId)]: frames });
    },
    async get(tabId: number): Promise<TabState> {
      const frames = Object.values(await read(tabId));
      return {
        tabId,
        hasChinese: frames.length === 0 ? null : frames.some((f) => f.hasChinese),
        frames: frames.length,
      };
    },
    async forget(tabId: number): Promise<void> {
      await area.remove(key(tabId));
    },
  };
}

export type TabStateStore = ReturnType<typeof createTabStateStore>;
