import type { WordInfo } from '@/core/types';

const MAX = 300;

/**
 * The popup's memory of dictionary answers: each word is asked for once (a few hundred kept), and the
 * answer is there synchronously when the popup opens on the word again.
 */
export function createWordInfoCache(
  lookup: (word: string) => Promise<WordInfo | null>,
  lookupAt: (text: string, offset: number) => Promise<WordInfo[]>,
) {
  const infos = new Map<string, WordInfo | null>();
  const nearby = new Map<string, WordInfo[]>();
  const loading = new Map<string, Promise<WordInfo | null>>();

  function remember<V>(map: Map<string, V>, key: string, value: V): void {
    map.set(key, value);
    if (map.size > MAX) map.delete(map.keys().next().value as string);
  }

  function loadInfo(word: string): Promise<WordInfo | null> {
    if (infos.has(word)) return Promise.resolve(infos.get(word) ?? null);
    let p = loading.get(word);
    if (!p) {
      p = lookup(word)
        .catch(() => null)
        .then((info) => {
          loading.delete(word);
          remember(infos, word, info);
          return info;
        });
      loading.set(word, p);
    }
    return p;
  }

  /** A paragraph's neighbourhood key: the text from the word on, which is all lookupAt reads. */
  const at = (text: string, offset: number) => text.slice(offset, offset + 8);

  return {
    /** The answer for `word`: undefined while unknown, null when the background has nothing. */
    info: (word: string): WordInfo | null | undefined => infos.get(word),
    nearby: (text: string, offset: number): WordInfo[] | undefined => nearby.get(at(text, offset)),
    /** Fetches the word, its neighbourhood and, for a reading unit, its parts (the popup lists their English). */
    load(
      word: string,
      text: string,
      offset: number,
      parts: readonly string[] = [],
    ): Promise<WordInfo | null> {
      const key = at(text, offset);
      const near = nearby.has(key)
        ? null
        : lookupAt(key, 0)
            .then((list) => remember(nearby, key, list))
            .catch(() => remember(nearby, key, []));
      const rest = [near, ...parts.map(loadInfo)];
      return Promise.all([loadInfo(word), ...rest]).then(([info]) => info as WordInfo | null);
    },
  };
}

export type WordInfoCache = ReturnType<typeof createWordInfoCache>;
