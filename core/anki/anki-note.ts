import type { SavedTerm } from '../export/types';
import type { AnkiNote } from './anki-connect';
import { type AnkiSource, ankiFieldValues, ankiTags } from './anki-fields';

/** Where Send to Anki puts cards: the deck, the note type, and which Tanci value goes into each field. */
export interface AnkiTarget {
  deck: string;
  model: string;
  /** Field name → what goes in it; fields not listed stay empty. */
  fields: Record<string, AnkiSource>;
}

/** A saved term as an AnkiConnect note for `target`; Anki itself refuses duplicates in the deck. */
export function toAnkiNote(term: SavedTerm, target: AnkiTarget): AnkiNote {
  const values = ankiFieldValues(term);
  const fields: Record<string, string> = {};
  for (const [name, source] of Object.entries(target.fields)) fields[name] = values[source];
  return {
    deckName: target.deck,
    modelName: target.model,
    fields,
    tags: ankiTags(term),
    options: { allowDuplicate: false, duplicateScope: 'deck' },
  };
}
