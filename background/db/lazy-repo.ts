/**
 * A VocabRepo whose Dexie half loads on first use: `recent` (the first screen) reads IndexedDB directly,
 * every other call waits for the real repository, imported on demand. Extension pages use it so their
 * first screen needs neither Dexie's script nor its open.
 */
import { once } from '@/core/once';
import { readFirstPage } from './first-page';
import type { VocabRepo } from './vocab-repo';

export function createLazyVocabRepo(
  load: () => Promise<VocabRepo> = () => import('./open').then((m) => m.openVocabRepo()),
  firstPage: (limit: number) => Promise<Awaited<ReturnType<VocabRepo['recent']>> | null> = readFirstPage,
): VocabRepo {
  const repo = once(load);
  return {
    async recent(limit) {
      return (await firstPage(limit)) ?? (await repo()).recent(limit);
    },
    save: async (input) => (await repo()).save(input),
    get: async (id) => (await repo()).get(id),
    all: async () => (await repo()).all(),
    count: async () => (await repo()).count(),
    savedAmong: async (words) => (await repo()).savedAmong(words),
    setNote: async (id, note) => (await repo()).setNote(id, note),
    setTags: async (id, tags) => (await repo()).setTags(id, tags),
    remove: async (ids) => (await repo()).remove(ids),
    restore: async (terms) => (await repo()).restore(terms),
    importTerms: async (terms) => (await repo()).importTerms(terms),
  };
}
