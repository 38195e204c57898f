/**
 * Pleco's flashcard import text: a "//Category" line opens a category (a "/" nests one inside another),
 * then one card per line: headword, pinyin and definition separated by tabs. Pleco marks a line break
 * inside a definition with the private-use character U+EAB1, which keeps one card on one line.
 */
import type { SavedTerm } from './types';

export const PLECO_ROOT = 'Tanci';
const PLECO_NEWLINE = '\uEAB1';

function oneLine(text: string): string {
  return text.replace(/\r\n|\r|\n/g, PLECO_NEWLINE).replace(/\t/g, ' ');
}

function categoryName(category: string): string {
  const name = category.replace(/[/\r\n\t]/g, ' ').trim();
  return name ? name.charAt(0).toUpperCase() + name.slice(1) : 'Saved';
}

function card(t: SavedTerm): string {
  const latest = t.contexts[t.contexts.length - 1];
  const parts = [t.english];
  if (t.note) parts.push(t.note);
  if (latest?.sentence) parts.push(latest.sentence);
  return [t.term, t.pinyin, parts.join('\n')].map(oneLine).join('\t');
}

/** Cards grouped under //Tanci/<Category>, categories in order of first appearance. */
export function toPleco(terms: readonly SavedTerm[]): string {
  const groups = new Map<string, SavedTerm[]>();
  for (const t of terms) {
    const name = categoryName(t.category);
    const list = groups.get(name) ?? [];
    list.push(t);
    groups.set(name, list);
  }
  const lines: string[] = [];
  for (const [name, list] of groups) {
    lines.push(`//${PLECO_ROOT}/${name}`);
    for (const t of list) lines.push(card(t));
  }
  return `${lines.join('\n')}\n`;
}
