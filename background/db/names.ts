/** The vocabulary database's name and current schema version, without Dexie (the popup's first screen reads them). */
export const VOCAB_DB_NAME = 'tanci-vocab';

/**
 * The schema version whose records `readFirstPage` understands; a test checks it against SCHEMA_VERSIONS, so
 * a new version updates it here too. Until then the reader simply hands over to Dexie.
 */
export const FIRST_PAGE_SCHEMA_VERSION = 4;
