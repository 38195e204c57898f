/**
 * npx tsx scripts/cli/register-frequency.ts [--top N] [--out FILE]
 * The most frequent words of the policy corpus (the laws corpus + the seed page), by the project's own
 * segmentation: the list the reviewed register senses (seeds/register-senses.tsv) were written from.
 * It is an input to that review, not shipped data.
 *
 * The corpus is read from seeds/corpus/laws/ when the repository holds a copy, else from
 * ../shared/corpus/laws/ (said on stderr). The two held-out documents of the domain-dev gold are left
 * out either way: they are the unseen-document check, and nothing reviewed may be built from them.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HAN_PATTERN } from '../../core/text/han';
import { normalizeText } from '../../core/text/normalize';
import { seedFiles } from '../data/glossary-build';
import { loadCore } from '../lib/load-core';
import { root } from '../lib/paths';

/** Titles of the domain-dev gold's two documents (../shared/gold/domain-dev/README.md). */
export const HELD_OUT_TITLES = ['碳排放权交易管理暂行条例', '湖州市绿色金融促进条例'];

export function corpusDir(): { dir: string; note?: string } {
  const inRepo = join(root, 'seeds/corpus/laws');
  if (existsSync(inRepo)) return { dir: inRepo };
  const shared = join(root, '../shared/corpus/laws');
  if (existsSync(shared)) {
    return { dir: shared, note: `seeds/corpus/laws is not in this checkout: reading ${shared}` };
  }
  throw new Error('no laws corpus: neither seeds/corpus/laws nor ../shared/corpus/laws exists');
}

/** The corpus documents (held-out ones left out) and the seed page, as [name, text]. */
export function corpusTexts(dir: string): [string, string][] {
  const docs = readdirSync(dir)
    .filter((name) => name.endsWith('.md') && name !== 'SOURCE.md')
    .filter((name) => !HELD_OUT_TITLES.some((title) => name.startsWith(title)))
    .sort()
    .map((name): [string, string] => [name, readFileSync(join(dir, name), 'utf8')]);
  const seeds = seedFiles().map((path): [string, string] => [
    path.slice(root.length + 1),
    normalizeText(readFileSync(path, 'utf8')).join('\n'),
  ]);
  return [...docs, ...seeds];
}

/** Words written in Han characters only (no 2020年, no 1+N): the ones a dictionary sense can be wrong for. */
const HAN_WORD = new RegExp(`^(?:${HAN_PATTERN.source})+$`, 'u');

export interface WordCount {
  word: string;
  count: number;
  /** Documents the word occurs in. */
  docs: number;
}

export async function wordFrequencies(texts: [string, string][]): Promise<WordCount[]> {
  const { segmenter } = await loadCore();
  const counts = new Map<string, WordCount>();
  for (const [, text] of texts) {
    const seen = new Set<string>();
    for (const line of text.split('\n')) {
      for (const { text: word, zh } of segmenter.segment(line)) {
        if (!zh || !HAN_WORD.test(word)) continue;
        const known = counts.get(word) ?? { word, count: 0, docs: 0 };
        known.count++;
        if (!seen.has(word)) {
          known.docs++;
          seen.add(word);
        }
        counts.set(word, known);
      }
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : 1));
}

async function main(argv: string[]): Promise<void> {
  const top = Number(argv[argv.indexOf('--top') + 1]) || 2000;
  const out = argv.includes('--out') ? argv[argv.indexOf('--out') + 1] : undefined;
  const { dir, note } = corpusDir();
  if (note) process.stderr.write(`register-frequency: ${note}\n`);
  const texts = corpusTexts(dir);
  const words = (await wordFrequencies(texts)).slice(0, top);
  process.stderr.write(`register-frequency: ${texts.length} documents, top ${words.length} words\n`);
  const tsv = `rank\tword\tcount\tdocs\n${words.map((w, i) => `${i + 1}\t${w.word}\t${w.count}\t${w.docs}`).join('\n')}\n`;
  if (out) writeFileSync(out, tsv);
  else process.stdout.write(tsv);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main(process.argv.slice(2));
}
