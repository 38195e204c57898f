import { requestPersistentStorage } from './persist';
import { createVocabDb } from './schema';
import { createVocabRepo, type VocabRepo } from './vocab-repo';

/** The browser's own vocabulary store, with persistent storage asked for once per opening. */
export function openVocabRepo(): VocabRepo {
  void requestPersistentStorage();
  return createVocabRepo(createVocabDb());
}
