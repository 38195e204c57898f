import { describe, expect, it } from 'vitest';
import { requestPersistentStorage } from '@/background/db/persist';

describe('persistent storage request', () => {
  it('asks only when storage is not persistent yet, and reports the answer', async () => {
    let asked = 0;
    const storage = (persisted: boolean, grant: boolean) => ({
      persisted: async () => persisted,
      persist: async () => {
        asked++;
        return grant;
      },
    });
    expect(await requestPersistentStorage(storage(true, false))).toBe(true);
    expect(asked).toBe(0);
    expect(await requestPersistentStorage(storage(false, true))).toBe(true);
    expect(await requestPersistentStorage(storage(false, false))).toBe(false);
    expect(asked).toBe(2);
  });

  it('never throws, even where the API is missing or fails', async () => {
    expect(await requestPersistentStorage(undefined)).toBe(false);
    const failing = {
      persisted: async () => false,
      persist: async (): Promise<boolean> => {
        throw new Error('not allowed');
      },
    };
    expect(await requestPersistentStorage(failing)).toBe(false);
  });
});
