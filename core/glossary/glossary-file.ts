import type { GlossaryEntry } from '../types';

/** The learned glossary's file in public/data (written by scripts/data/glossary.ts). */
export const GLOSSARY_FILE = 'glossary.json';

/** glossary.json is not JSON, or not a list of entries. */
export class GlossaryFileError extends Error {
  override name = 'GlossaryFileError';
}

function isEntry(entry: unknown): entry is GlossaryEntry {
  const e = entry as Partial<GlossaryEntry> | null;
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.id === 'string' &&
    typeof e.term === 'string' &&
    e.term.length > 0 &&
    typeof e.english === 'string'
  );
}

/**
 * The one reader of glossary.json: the worker (annotator and dictionary share what it returns), the
 * vocabulary page and the Node tools all parse the file here. Entries without an id, a term or their
 * English are left out and counted through `warn`; a file that is not a JSON list throws
 * GlossaryFileError, and each caller decides whether to go on without the glossary or to say so.
 */
export function parseGlossary(text: string, warn: (message: string) => void = console.warn): GlossaryEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new GlossaryFileError(`${GLOSSARY_FILE} is not JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(data)) throw new GlossaryFileError(`${GLOSSARY_FILE} is not an array of entries`);
  const entries = data.filter(isEntry);
  if (entries.length < data.length) {
    warn(`${GLOSSARY_FILE}: ${data.length - entries.length} malformed entries left out`);
  }
  return entries;
}
