/**
 * npm run glossary -- --format tbx|csv-termbase [--saved FILE.json] [--out FILE]
 * Writes a termbase translators' tools import: the shipped policy glossary by default, or the terms of a
 * Tanci JSON backup (the vocabulary page's JSON export) with --saved. Same exporters as the extension's.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseJsonBackup } from '../../core/export/json';
import { termbaseFromGlossary, termbaseOfSaved } from '../../core/export/termbase';
import { exportTermbase } from '../../core/export/termbase-export';
import { isTermbaseFormat, type TermbaseFormat } from '../../core/export/termbase-formats';
import { ImportError } from '../../core/export/types';
import { loadGlossary } from '../lib/load-segmenter';
import { readInput } from '../lib/read-input';

const USAGE = `usage: npm run glossary -- --format tbx|csv-termbase [--saved FILE.json] [--out FILE]
  --format tbx            TBX v3, TBX-Basic dialect (Trados, Phrase, XTM)
  --format csv-termbase   UTF-8 CSV with BOM: zh, en, pinyin, definition, example, source (memoQ, MultiTerm, Phrase)
  --saved FILE.json       export the terms of a Tanci JSON backup instead of the shipped policy glossary
  --out FILE              write to FILE instead of standard output`;

class UsageError extends Error {}

export interface GlossaryOptions {
  format: TermbaseFormat;
  saved?: string;
  out?: string;
}

export function parseTermbaseArgs(argv: string[]): GlossaryOptions | 'help' {
  let format: string | undefined;
  let saved: string | undefined;
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') return 'help';
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    if (name !== '--format' && name !== '--saved' && name !== '--out')
      throw new UsageError(`unknown argument ${arg}`);
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') throw new UsageError(`${name} needs a value`);
    if (name === '--format') format = value;
    else if (name === '--saved') saved = value;
    else out = value;
  }
  if (format === undefined) throw new UsageError('--format is required');
  if (!isTermbaseFormat(format)) {
    throw new UsageError(`unknown format ${JSON.stringify(format)} (use tbx or csv-termbase)`);
  }
  return { format, saved, out };
}

/** The file's text, or an Error whose message says what is wrong in the reader's words. */
function buildTermbase(options: GlossaryOptions, now: Date): string {
  const glossary = loadGlossary();
  if (!options.saved) {
    if (!glossary) throw new Error('the policy glossary is not built yet: run npm run data first');
    return exportTermbase(glossary.map(termbaseFromGlossary), options.format, now, 'Tanci policy glossary')
      .content;
  }
  let terms: ReturnType<typeof parseJsonBackup>;
  try {
    terms = parseJsonBackup(readInput(options.saved));
  } catch (error) {
    if (error instanceof ImportError) throw new Error(`${options.saved}: ${error.message}`);
    throw error;
  }
  const entries = termbaseOfSaved(terms, glossary ?? []);
  return exportTermbase(entries, options.format, now, 'Saved terms').content;
}

export function main(argv: string[], now = new Date()): number {
  let options: GlossaryOptions | 'help';
  try {
    options = parseTermbaseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`glossary: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    const content = buildTermbase(options, now);
    if (options.out) writeFileSync(options.out, content);
    else process.stdout.write(content);
  } catch (error) {
    process.stderr.write(`glossary: ${(error as Error).message}\n`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
