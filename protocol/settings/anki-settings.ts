import { storage } from '#imports';
import { ANKI_SOURCES, type AnkiSource } from '../../core/anki/anki-fields';
import type { AnkiTarget } from '../../core/anki/anki-note';

/**
 * Send to Anki's settings: off until the reader turns it on (and grants the loopback host permission),
 * then the deck, the note type and what goes into each of its fields. Its own storage item, so the
 * reading settings' shape and version stay as they are.
 */
export interface AnkiSettings extends AnkiTarget {
  enabled: boolean;
}

export const DEFAULT_ANKI_SETTINGS: AnkiSettings = { enabled: false, deck: '', model: '', fields: {} };

export const ankiSettingsItem = storage.defineItem<AnkiSettings>('local:ankiSettings', {
  fallback: DEFAULT_ANKI_SETTINGS,
  version: 1,
});

const text = (v: unknown) => (typeof v === 'string' ? v.slice(0, 200) : '');

/** Whatever storage holds as settings: invalid parts fall back to off and empty. */
export function normalizeAnkiSettings(raw: unknown): AnkiSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const fields: Record<string, AnkiSource> = {};
  const f = r.fields && typeof r.fields === 'object' ? (r.fields as Record<string, unknown>) : {};
  for (const [name, source] of Object.entries(f)) {
    if (ANKI_SOURCES.includes(source as AnkiSource)) fields[text(name)] = source as AnkiSource;
  }
  return { enabled: r.enabled === true, deck: text(r.deck), model: text(r.model), fields };
}

/** On, with somewhere to put cards: a deck, a note type and at least one field filled. */
export function ankiReady(s: AnkiSettings): boolean {
  return s.enabled && Boolean(s.deck) && Boolean(s.model) && Object.keys(s.fields).length > 0;
}

export async function getAnkiSettings(item = ankiSettingsItem): Promise<AnkiSettings> {
  return normalizeAnkiSettings(await item.getValue());
}
