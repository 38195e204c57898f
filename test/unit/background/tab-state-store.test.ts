import { describe, expect, it } from 'vitest';
import { createTabStateStore, type KeyValueArea } from '@/background/tab-state-store';

function memoryArea(): KeyValueArea {
  const map = new Map<string, unknown>();
  return {
    async get(key) {
      return map.has(key) ? { [key]: structuredClone(map.get(key)) } : {};
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) map.set(k, structuredClone(v));
    },
    async remove(key) {
      map.delete(key);
    },
  };
}

describe('tab state store', () => {
  it('is unknown until a frame reports', async () => {
    const store = createTabStateStore(memoryArea());
    expect(await store.get(7)).toEqual({ tabId: 7, hasChinese: null, frames: 0 });
  });

  it('says Chinese when any frame of the tab has it', async () => {
    const store = createTabStateStore(memoryArea());
    await store.recordFrame(7, 0, { hasChinese: false, timeOrigin: 1000 });
    await store.recordFrame(7, 3, { hasChinese: true, timeOrigin: 1200 });
    expect(await store.get(7)).toMatchObject({ hasChinese: true, frames: 2 });
  });

  it('drops frames of the previous page when a new top document reports', async () => {
    const store = createTabStateStore(memoryArea());
    await store.recordFrame(7, 0, { hasChinese: false, timeOrigin: 1000 });
    await store.recordFrame(7, 3, { hasChinese: true, timeOrigin: 1200 });
    // Navigation: a subframe of the new page reports before the new top document does.
    await store.recordFrame(7, 5, { hasChinese: false, timeOrigin: 5100 });
    await store.recordFrame(7, 0, { hasChinese: false, timeOrigin: 5000 });
    expect(await store.get(7)).toMatchObject({ hasChinese: false, frames: 2 });
  });

  it('forgets closed tabs', async () => {
    const store = createTabStateStore(memoryArea());
    await store.recordFrame(7, 0, { hasChinese: true, timeOrigin: 1 });
    await store.forget(7);
    expect((await store.get(7)).hasChinese).toBeNull();
  });
});
