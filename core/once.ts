/**
 * Runs a load once, on first use, and shares its promise with every caller. A failed load is not
 * remembered: the next call tries again instead of failing forever (a service worker restarted mid-fetch,
 * a script the browser could not import yet). The one such helper: the worker's data loaders, the
 * dictionary, the extension pages' database and the detector's lazily loaded reader all use it.
 * Pure (no browser API), so the detector can import it without growing.
 */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
}
