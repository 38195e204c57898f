export { StorageFullError } from './errors';
export { openVocabRepo } from './open';
export { requestPersistentStorage } from './persist';
export { createVocabDb, VOCAB_DB_NAME, VOCAB_DB_VERSION, type VocabDb } from './schema';
export type { StoredTerm, TermId } from './types';
export { createVocabRepo, type ImportOutcome, type SaveInput, type VocabRepo } from './vocab-repo';
