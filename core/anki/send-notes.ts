import { type AnkiConnect, AnkiError, type AnkiNote } from './anki-connect';
import { ANKI_CONNECT_VERSION } from './anki-connect-url';

export interface SendOutcome {
  added: number;
  /** Notes Anki already has (canAddNotes said no): reported, not added again. */
  duplicates: number;
}

/**
 * Adds notes Anki does not have yet: checks the API version, asks canAddNotes which are new, and adds only
 * those, so sending the same terms twice adds nothing the second time.
 */
export async function sendNotes(anki: AnkiConnect, notes: readonly AnkiNote[]): Promise<SendOutcome> {
  const version = await anki.version();
  if (version < ANKI_CONNECT_VERSION) throw new AnkiOldVersionError(version);
  if (notes.length === 0) return { added: 0, duplicates: 0 };
  const can = await anki.canAddNotes(notes);
  const fresh = notes.filter((_, i) => can[i] === true);
  const ids = fresh.length ? await anki.addNotes(fresh) : [];
  const failed = ids.filter((id) => id === null).length;
  if (failed) throw new AnkiError(`${failed} of ${fresh.length} notes were not added`);
  return { added: fresh.length, duplicates: notes.length - fresh.length };
}

export class AnkiOldVersionError extends AnkiError {
  override name = 'AnkiOldVersionError';
  constructor(readonly version: number) {
    super(`AnkiConnect speaks API version ${version}; Tanci needs ${ANKI_CONNECT_VERSION} or later`);
  }
}
