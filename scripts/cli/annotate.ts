/**
 * npm run annotate -- [FILE|-] [--format text|json|seg] [--normalize]
 * Segments Chinese text with pinyin, using the same language core as the extension.
 *   text  (default) each line, words separated by spaces, Chinese words followed by [pinyin]; * marks glossary terms
 *   json  an array of tokens { text, pinyin, tones, start, end, zh, glossaryId? }, offsets into the whole input;
 *         Chinese tokens also carry `english` (glossary, else CC-CEDICT, else composed from parts) and `glossary`
 *   (text shows the English as {…} after the pinyin)
 *   seg   each input line on its own output line, words separated by single spaces (for segmentation scorers)
 * --normalize first repairs OCR'd newspaper text (column breaks, spaced-out characters) into paragraphs.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createDictionary } from '../../core/dictionary/dictionary';
import { addEnglish, type EnglishToken } from '../../core/dictionary/dictionary-annotate';
import { normalizeText } from '../../core/text/normalize';
import type { Token } from '../../core/types';
import { loadPackedDictionary } from '../data/cedict';
import { loadCore } from '../lib/load-core';

const USAGE = `usage: npm run annotate -- [FILE|-] [--format text|json|seg] [--normalize]
  FILE    a UTF-8 text file; "-" or nothing reads standard input
  --format text   words with [pinyin]{english} (default); * marks policy-glossary terms
  --format json   an array of tokens {text, pinyin, tones, start, end, zh, glossaryId?, english?, glossary?}
  --format seg    one output line per input line, words separated by single spaces
  --normalize     repair OCR'd newspaper text (joined column lines, spaced-out characters) first`;

type Format = 'text' | 'json' | 'seg';

class UsageError extends Error {}

interface Options {
  file: string;
  format: Format;
  normalize: boolean;
}

export function parseArgs(argv: string[]): Options | 'help' {
  let file: string | undefined;
  let format: Format = 'text';
  let normalize = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--normalize') normalize = true;
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (value !== 'text' && value !== 'json' && value !== 'seg') {
        throw new UsageError(`unknown format ${JSON.stringify(value ?? '')} (use text, json or seg)`);
      }
      format = value;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else if (file !== undefined) throw new UsageError(`only one input file, got ${file} and ${arg}`);
    else file = arg;
  }
  return { file: file ?? '-', format, normalize };
}

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
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/u, '');
  } catch {
    throw new Error(`${file === '-' ? 'standard input' : file} is not valid UTF-8 text`);
  }
}

function formatText(tokens: EnglishToken[]): string {
  let out = '';
  let previousWord = false;
  for (const token of tokens) {
    if (/^\s+$/u.test(token.text)) {
      out += token.text.includes('\n') ? token.text.replace(/[^\n]/gu, '') : ' ';
      previousWord = false;
      continue;
    }
    const word = token.zh
      ? `${token.text}[${token.pinyin}]${token.english ? `{${token.english}}` : ''}${token.glossaryId !== undefined ? '*' : ''}`
      : token.text;
    out += (previousWord ? ' ' : '') + word;
    previousWord = true;
  }
  return out.endsWith('\n') ? out : `${out}\n`;
}

function formatSeg(text: string, annotate: (line: string) => Token[]): string {
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines
    .map((line) =>
      annotate(line)
        .filter((token) => token.text.trim() !== '')
        .map((token) => token.text)
        .join(' '),
    )
    .map((line) => `${line}\n`)
    .join('');
}

export async function main(argv: string[]): Promise<number> {
  let options: Options | 'help';
  try {
    options = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`annotate: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (options.file === '-' && process.stdin.isTTY) {
    process.stderr.write(`annotate: no input (give a FILE, or pipe text in)\n${USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = readInput(options.file);
  } catch (error) {
    process.stderr.write(`annotate: ${(error as Error).message}\n`);
    return 1;
  }
  if (options.normalize) text = `${normalizeText(text).join('\n')}\n`;
  const { annotator, glossary } = await loadCore();
  const annotate = (line: string) => annotator.annotate(line);
  if (options.format === 'seg') process.stdout.write(formatSeg(text, annotate));
  else {
    const dictionary = createDictionary(await loadPackedDictionary(), { glossary: glossary ?? [] });
    const tokens = addEnglish(annotate(text), dictionary);
    if (options.format === 'json') {
      process.stdout.write(`[\n${tokens.map((token) => `  ${JSON.stringify(token)}`).join(',\n')}\n]\n`);
    } else process.stdout.write(formatText(tokens));
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
