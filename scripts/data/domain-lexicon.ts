/**
 * The domain lexicon the extension ships (public/data/domain-lexicon.json): learned at build time from the
 * policy corpus (seeds/corpus/laws/) and the seed by core/segment/learn-lexicon.ts, with English from
 * CC-CEDICT, seeds/lexicon-reviewed.tsv or the parts (scripts/lib/lexicon-build.ts). A corpus file that is
 * not UTF-8 or is empty stops the build with its name. Generated; never edit it by hand.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMAIN_LEXICON_FILE } from '../../core/segment/domain-lexicon';
import { buildDomainLexicon, CORPUS_DIR, LEXICON_REVIEWED_FILE, SEED_FILE } from '../lib/lexicon-build';
import { root } from '../lib/paths';
import type { DataStep } from './build-data';

export const DOMAIN_LEXICON_OUTPUT = `public/data/${DOMAIN_LEXICON_FILE}`;

const corpusFiles = () => readdirSync(join(root, CORPUS_DIR)).map((name) => `${CORPUS_DIR}/${name}`);
const sources = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => `${dir}/${name}`);

export const domainLexiconStep: DataStep = {
  name: 'domain-lexicon',
  // A getter: the corpus is listed when the step runs (new files count), not when this module loads.
  get inputs() {
    return [
      ...corpusFiles(),
      SEED_FILE,
      LEXICON_REVIEWED_FILE,
      ...sources('core/segment'),
      'scripts/lib/lexicon-build.ts',
      'public/data/glossary.json',
      'public/data/segmenter-trie.bin',
      'public/data/word-readings.bin',
      'public/data/cedict.txt',
    ];
  },
  outputs: [DOMAIN_LEXICON_OUTPUT],
  async run() {
    const entries = await buildDomainLexicon();
    writeFileSync(join(root, DOMAIN_LEXICON_OUTPUT), `${JSON.stringify(entries)}\n`);
  },
};
