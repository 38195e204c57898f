/** Escaping for the one export that is HTML (Anki's fields); the extension itself never builds HTML. */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

/** Escaped text with every occurrence of `term` in bold. */
export function boldTerm(sentence: string, term: string): string {
  if (!term) return escapeHtml(sentence);
  return sentence
    .split(term)
    .map(escapeHtml)
    .join(`<b>${escapeHtml(term)}</b>`);
}
