/**
 * A function's results remembered by key, for the pure lookups a page repeats thousands of times (a
 * syllable's tone mark, pinyin-pro's reading of a character, a word's fixed readings). The bound only
 * guards against odd input: past `limit` keys the memory is dropped at once and fills again. `compute`
 * must not return undefined (that would be computed anew each time): use null for "none".
 */
export function boundedMemo<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      if (cache.size >= limit) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}
