import { useEffect, useState } from 'preact/hooks';

interface WatchedItem {
  getValue(): Promise<unknown>;
  watch(cb: (value: unknown) => void): () => void;
}

/** A storage item's value, normalised, following changes made in any page (the settings page, another window). */
export function useStoredValue<T>(item: WatchedItem, normalize: (raw: unknown) => T): T {
  const [value, setValue] = useState<T>(() => normalize(undefined));
  useEffect(() => {
    let changed = false;
    void item.getValue().then((v) => !changed && setValue(normalize(v)));
    const unwatch = item.watch((v) => {
      changed = true;
      setValue(normalize(v));
    });
    return () => {
      changed = true;
      unwatch();
    };
  }, [item, normalize]);
  return value;
}
