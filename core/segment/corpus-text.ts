/**
 * A corpus file's bytes as text, or an error that names the file: the lexicon is learned from what people
 * drop into seeds/corpus/, and a file in another encoding (GB18030 is common for Chinese statutes) or an
 * empty one would otherwise be learned from as garbage or silently count for nothing.
 */
export class CorpusFileError extends Error {
  constructor(
    readonly file: string,
    why: string,
  ) {
    super(`corpus file ${file}: ${why}`);
    this.name = 'CorpusFileError';
  }
}

export function decodeCorpusText(file: string, bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CorpusFileError(file, 'is not UTF-8 text (convert it, e.g. iconv -f GB18030 -t UTF-8)');
  }
  text = text.replace(/^\uFEFF/u, '');
  if (text.trim() === '') throw new CorpusFileError(file, 'is empty');
  if (text.includes('\u0000')) throw new CorpusFileError(file, 'looks binary (NUL bytes), not text');
  return text;
}
