/**
 * Asks the browser to keep Tanci's storage when the disk runs low (otherwise IndexedDB of an extension
 * can be evicted like a website's). Returns whether storage is persistent; never throws.
 */
export async function requestPersistentStorage(
  storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = globalThis.navigator?.storage,
): Promise<boolean> {
  if (!storage?.persist) return false;
  try {
    if (await storage.persisted?.()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}
