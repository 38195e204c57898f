/**
 * The policy glossary the extension ships (public/data/glossary.json): learned from the seed corpus by the
 * term learner, with the team's reviewed English. Generated; never edit it by hand (edit the seeds instead).
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GLOSSARY_FILE } from '../../core/glossary/glossary-file';
import { CORPUS_DIR } from '../lib/corpus';
import { root } from '../lib/paths';
import type { DataStep } from './build-data';
import { buildGlossary, REJECTS_FILE, REVIEWED_FILE, seedFiles } from './glossary-build';

export const GLOSSARY_OUTPUT = `public/data/${GLOSSARY_FILE}`;

function learnerSources(): string[] {
  return readdirSync(join(root, 'core/glossary/learn'))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => `core/glossary/learn/${name}`);
}

export const glossaryStep: DataStep = {
  name: 'glossary',
  // A getter: the seed files are listed when the step runs, not when this module loads (build-data
  // imports the steps before its own constants exist).
  get inputs() {
    return [
      ...seedFiles().map((file) => file.slice(root.length + 1)),
      REVIEWED_FILE,
      REJECTS_FILE,
      ...learnerSources(),
      // The learner weighs the policy corpus's field words (core/glossary/learn/field-words.ts).
      ...readdirSync(join(root, CORPUS_DIR)).map((name) => `${CORPUS_DIR}/${name}`),
      'scripts/data/learn-reference.ts',
      'public/data/segmenter-trie.bin',
      'public/data/word-readings.bin',
      'public/data/cedict.txt',
    ];
  },
  outputs: [GLOSSARY_OUTPUT],
  async run() {
    const { entries } = await buildGlossary(seedFiles());
    const out = join(root, GLOSSARY_OUTPUT);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(entries)}\n`);
  },
};
