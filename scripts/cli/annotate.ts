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
import type { Dictionary } from '../../core/dictionary/dictionary';
import type { EnglishToken } from '../../core/dictionary/dictionary-annotate';
import { createSegmenter } from '../../core/segment/segment';
import { segmentationTerms } from '../../core/segment/segmentation-terms';
import { normalizeText } from '../../core/text/normalize';
import { loadGlossary, loadSegmenterData } from '../lib/load-segmenter';
import { dataDir } from '../lib/paths';
import { readInput } from '../lib/read-input';

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
          parts: token.parts.map((part, i, parts) => ({
            text: part.text,
            pinyin: part.pinyin,
            english: dictionary.english(part.text, i > 0 && i === parts.length - 1),
          })),
        }
      : (token as UnitToken),
  );
}

/** Output is handed to `write` in pieces of about this many characters: no 10 MB string, no per-line write. */
const SEG_CHUNK = 1 << 16;

/**
 * One output line per input line, its words separated by single spaces (whitespace tokens dropped), written
 * in chunks.
 */
export function writeSeg(
  text: string,
  words: (line: string) => string[],
  write: (chunk: string) => void,
): void {
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  let chunk = '';
  for (const line of lines) {
    let out = '';
    for (const word of words(line)) {
      if (word.trim() === '') continue;
      out = out === '' ? word : `${out} ${word}`;
    }
    chunk += `${out}\n`;
    if (chunk.length >= SEG_CHUNK) {
      write(chunk);
      chunk = '';
    }
  }
  if (chunk !== '') write(chunk);
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
    // Words only: neither the pinyin reader nor the dictionary is imported or loaded for output that prints neither.
    const segmenter = createSegmenter(await loadSegmenterData());
    segmenter.addPriorityWords(segmentationTerms((loadGlossary() ?? []).map((entry) => entry.term)));
    writeSeg(
      text,
      (line) => segmenter.words(line),
      (chunk) => process.stdout.write(chunk),
    );
    return 0;
  }
  // Imported here: the seg path above starts without them.
  const [{ createDictionary }, { addEnglish }, { DOMAIN_LEXICON_FILE, parseDomainLexicon }, cedict, core_] =
    await Promise.all([
      import('../../core/dictionary/dictionary'),
      import('../../core/dictionary/dictionary-annotate'),
      import('../../core/segment/domain-lexicon'),
      import('../data/cedict'),
      import('../lib/load-core'),
    ]);
  const core = await core_.loadCore();
  const units = await core_.loadUnitAnnotator(core);
  const dictionary = createDictionary(await cedict.loadPackedDictionary(), {
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
