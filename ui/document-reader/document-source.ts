/**
 * What a term saved on the reader page names as its source (the saved context's page title): the file's
 * name, or "pasted text" with the day it was pasted, so the saved list says where the sentence came from.
 */
export function pastedSource(now: Date, label: string): string {
  return `${label}, ${now.toISOString().slice(0, 10)}`;
}

/** Paragraphs of a plain-text or Markdown file: blank lines and line ends separate them, empty ones go. */
export function textParagraphs(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
