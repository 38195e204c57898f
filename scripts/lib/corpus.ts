/**
 * The policy corpus in the repository (seeds/corpus/laws/, see its SOURCE.md): read for the domain
 * lexicon and for the field words the term learner weighs. Every file is checked to be non-empty UTF-8.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeCorpusText } from '../../core/segment/corpus-text';
import { root } from './paths';

export const CORPUS_DIR = 'seeds/corpus/laws';

/** The corpus files (every .md and .txt but the source note), each checked to be non-empty UTF-8. */
export function readCorpus(dir = join(root, CORPUS_DIR)): { name: string; text: string }[] {
  return readdirSync(dir)
    .filter((name) => /\.(md|txt)$/u.test(name) && name !== 'SOURCE.md')
    .sort()
    .map((name) => ({ name, text: decodeCorpusText(join(dir, name), readFileSync(join(dir, name))) }));
}
