/**
 * Reading a CLI's input file (or standard input) as text, for the CLIs that take one (annotate, glossary):
 * its own module so a CLI that reads a file does not load another CLI's code.
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';

/** Reads the input as UTF-8 text, refusing binary data instead of printing garbage. */
export function readInput(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
    throw new Error(`cannot read ${file === '-' ? 'standard input' : file}: ${why}`);
  }
  if (bytes.includes(0))
    throw new Error(`${file === '-' ? 'standard input' : file} looks binary (NUL bytes), not text`);
  // isUtf8 + toString, not a fatal TextDecoder: the same check, several times faster on large input.
  if (!isUtf8(bytes)) throw new Error(`${file === '-' ? 'standard input' : file} is not valid UTF-8 text`);
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
