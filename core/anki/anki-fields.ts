/**
 * A saved term as Anki field values (HTML, as Anki's fields are), shared by the Anki text export and
 * Send to Anki, so a card looks the same whichever way it reached Anki.
 */
import { boldTerm, escapeHtml } from '../export/html';
import type { SavedTerm } from '../export/types';

export const ANKI_SOURCES = ['term', 'pinyin', 'english', 'sentence', 'source', 'note'] as const;
export type AnkiSource = (typeof ANKI_SOURCES)[number];

function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

function ankiTag(tag: string): string {
  return tag.replace(/\s+/g, '_');
}

/** "tanci", the term's own tags, and its glossary category as `tanci::category`. */
export function ankiTags(t: SavedTerm): string[] {
  const tags = ['tanci', ...t.tags.map(ankiTag)];
  if (t.category) tags.push(`tanci::${ankiTag(t.category)}`);
  return tags;
}

/** Every value Tanci can put in a field: the newest context gives the sentence (term in bold) and source. */
export function ankiFieldValues(t: SavedTerm): Record<AnkiSource, string> {
  const latest = t.contexts[t.contexts.length - 1];
  const source = latest
    ? isWebUrl(latest.url)
      ? `<a href="${escapeHtml(latest.url)}">${escapeHtml(latest.pageTitle || latest.url)}</a>`
      : escapeHtml(latest.pageTitle)
    : '';
  return {
    term: escapeHtml(t.term),
    pinyin: escapeHtml(t.pinyin),
    english: escapeHtml(t.english),
    sentence: latest ? boldTerm(latest.sentence, t.term) : '',
    source,
    note: escapeHtml(t.note),
  };
}
