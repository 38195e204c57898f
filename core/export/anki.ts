/**
 * Anki's text import: tab-separated fields, with the header lines Anki reads to set itself up (separator,
 * HTML fields, column names, which column holds tags). Fields are HTML, so text is escaped, line breaks
 * become <br> and tabs become spaces; the sentence shows the saved term in bold.
 */
import { boldTerm, escapeHtml } from './html';
import type { SavedTerm } from './types';

export const ANKI_COLUMNS = ['Hanzi', 'Pinyin', 'English', 'Sentence', 'Source', 'Note', 'Tags'] as const;

function field(html: string): string {
  // Anki would take a leading "#" on a line as a comment/header.
  return html
    .replace(/\r\n|\r|\n/g, '<br>')
    .replace(/\t/g, ' ')
    .replace(/^#/, '&#35;');
}

function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

function ankiTag(tag: string): string {
  return tag.replace(/\s+/g, '_');
}

function tagsOf(t: SavedTerm): string {
  const tags = ['tanci', ...t.tags.map(ankiTag)];
  if (t.category) tags.push(`tanci::${ankiTag(t.category)}`);
  return tags.join(' ');
}

export function toAnki(terms: readonly SavedTerm[]): string {
  const lines = [
    '#separator:tab',
    '#html:true',
    `#columns:${ANKI_COLUMNS.join('\t')}`,
    `#tags column:${ANKI_COLUMNS.indexOf('Tags') + 1}`,
  ];
  for (const t of terms) {
    const latest = t.contexts[t.contexts.length - 1];
    const source = latest
      ? isWebUrl(latest.url)
        ? `<a href="${escapeHtml(latest.url)}">${escapeHtml(latest.pageTitle || latest.url)}</a>`
        : escapeHtml(latest.pageTitle)
      : '';
    const fields = [
      escapeHtml(t.term),
      escapeHtml(t.pinyin),
      escapeHtml(t.english),
      latest ? boldTerm(latest.sentence, t.term) : '',
      source,
      escapeHtml(t.note),
      // Anki reads the tags column as plain space-separated tags, not HTML.
      tagsOf(t),
    ];
    lines.push(fields.map(field).join('\t'));
  }
  return `${lines.join('\n')}\n`;
}
