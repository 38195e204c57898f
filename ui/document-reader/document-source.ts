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

/**
 * The web PDF the context menu's "Open in Tanci's reader" named (`?pdf=` in the page's address), if it is
 * an http(s) address: anything else (javascript:, data:) is not offered as a link.
 */
export function linkedPdfOf(search: string): string | undefined {
  const value = new URLSearchParams(search).get('pdf');
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The source a reader-page section names for the words read in it (a PDF page: file name and page). */
export function sourceOfBlock(block: Node): string | null {
  const el = block.nodeType === 1 ? (block as Element) : block.parentElement;
  return el?.closest('[data-source]')?.getAttribute('data-source') ?? null;
}
