/**
 * Anki's text import: tab-separated fields, with the header lines Anki reads to set itself up (separator,
 * HTML fields, column names, which column holds tags). Fields are HTML, so text is escaped, line breaks
 * become <br> and tabs become spaces; the sentence shows the saved term in bold.
 */
import { ankiFieldValues, ankiTags } from '../anki/anki-fields';
import type { SavedTerm } from './types';

export const ANKI_COLUMNS = ['Hanzi', 'Pinyin', 'English', 'Sentence', 'Source', 'Note', 'Tags'] as const;

function field(html: string): string {
  // Anki would take a leading "#" on a line as a comment/header.
  return html
    .replace(/\r\n|\r|\n/g, '<br>')
    .replace(/\t/g, ' ')
    .replace(/^#/, '&#35;');
}

export function toAnki(terms: readonly SavedTerm[]): string {
  const lines = [
    '#separator:tab',
    '#html:true',
    `#columns:${ANKI_COLUMNS.join('\t')}`,
    `#tags column:${ANKI_COLUMNS.indexOf('Tags') + 1}`,
  ];
  for (const t of terms) {
    const v = ankiFieldValues(t);
    const fields = [
      v.term,
      v.pinyin,
      v.english,
      v.sentence,
      v.source,
      v.note,
      // Anki reads the tags column as plain space-separated tags, not HTML.
      ankiTags(t).join(' '),
    ];
    lines.push(fields.map(field).join('\t'));
  }
  return `${lines.join('\n')}\n`;
}
