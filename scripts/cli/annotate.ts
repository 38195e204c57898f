/**
 * npm run annotate -- [FILE|-] [--format text|json|seg] [--normalize]
 * Segments Chinese text with pinyin, using the same language core as the extension.
 *   text  (default) each line, reading units separated by spaces, Chinese units followed by [pinyin]; * marks
 *         glossary terms (text shows the English as {…} after the pinyin)
 *   json  an array of reading units { text, pinyin, tones, start, end, zh, glossaryId?, parts? }, offsets into the
 *         whole input; Chinese units also carry `english` (glossary, else CC-CEDICT, else the domain lexicon, else
 *         composed from parts) and `glossary`; a unit of several words lists them in `parts` ({text, pinyin, english})
 *   seg   each input line on its own output line, WORDS (the word standard) separated by single spaces, for
 *         segmentation scorers: segmentation only, no pinyin or dictionary is loaded
 * --normalize first repairs OCR'd newspaper text (column breaks, spaced-out characters) into paragraphs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSegmentationAnnotator } from '../../core/annotator';
import { createDictionary, type Dictionary } from '../../core/dictionary/dictionary';
import { addEnglish, type EnglishToken } from '../../core/dictionary/dictionary-annotate';
import { DOMAIN_LEXICON_FILE, parseDomainLexicon } from '../../core/segment/domain-lexicon';
import { createSegmenter } from '../../core/segment/segment';
import { normalizeText } from '../../core/text/normalize';
import type { Token } from '../../core/types';
import { dataDir } from '../data/build-data';
import { loadPackedDictionary } from '../data/cedict';
import { loadCore, loadGlossary, loadSegmenterData, loadUnitAnnotator } from '../lib/load-core';

const USAGE = `usage: npm run annotate -- [FILE|-] [--format text|json|seg] [--normalize]
  FILE    a UTF-8 text file; "-" or nothing reads standard input
  --format text   reading units with [pinyin]{english} (default); * marks policy-glossary terms
  --format json   an array of reading units {text, pinyin, tones, start, end, zh, glossaryId?, english?, glossary?,
                  parts?: [{text, pinyin, english}]}
  --format seg    one output line per input line, words separated by single spaces (segmentation only)
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

/** A unit's words with their own reading and English (温室气体 = 温室 greenhouse + 气体 gas). */
export interface UnitPart {
  text: string;
  pinyin: string;
  english: string;
}

export type UnitToken = Omit<EnglishToken, 'parts'> & { parts?: UnitPart[] };

export function withParts(tokens: EnglishToken[], dictionary: Pick<Dictionary, 'english'>): UnitToken[] {
  return tokens.map((token) =>
    token.parts
      ? {
          ...token,
          parts: token.parts.map((part) => ({
            text: part.text,
            pinyin: part.pinyin,
            english: dictionary.english(part.text),
          })),
        }
      : (token as UnitToken),
  );
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
  if (options.format === 'seg') {
    // Words only: neither the pinyin reader nor the dictionary is loaded for output that prints neither.
    const glossary = loadGlossary() ?? [];
    const words = createSegmentationAnnotator({
      segmenter: createSegmenter(await loadSegmenterData()),
      glossaryTerms: new Map(glossary.map((entry) => [entry.term, entry.id])),
    });
    process.stdout.write(formatSeg(text, (line) => words.annotate(line)));
    return 0;
  }
  const core = await loadCore();
  const units = await loadUnitAnnotator(core);
  const dictionary = createDictionary(await loadPackedDictionary(), {
    glossary: core.glossary ?? [],
    lexicon: parseDomainLexicon(readFileSync(join(dataDir, DOMAIN_LEXICON_FILE), 'utf8')),
  });
  const tokens = withParts(addEnglish(units.annotate(text), dictionary), dictionary);
  if (options.format === 'json') {
    process.stdout.write(`[\n${tokens.map((token) => `  ${JSON.stringify(token)}`).join(',\n')}\n]\n`);
  } else process.stdout.write(formatText(tokens as EnglishToken[]));
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
