/**
 * npx tsx scripts/cli/lexicon-unreviewed.ts [--top N]   (run `npm run data` first)
 * The domain-lexicon terms whose English is still composed from their parts, in corpus rank (the lexicon's
 * own order: corpus frequency, then term), with their reading and composed gloss: the worklist for
 * seeds/lexicon-reviewed.tsv. Rank and frequency come from the built public/data/domain-lexicon.json, i.e.
 * from the laws corpus + seed only, never from an evaluation list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMAIN_LEXICON_FILE, parseDomainLexicon } from '../../core/segment/domain-lexicon';
import { root } from '../lib/paths';

const argv = process.argv.slice(2);
const top = Number(argv[argv.indexOf('--top') + 1]) || Number.POSITIVE_INFINITY;
const lexicon = parseDomainLexicon(readFileSync(join(root, 'public/data', DOMAIN_LEXICON_FILE), 'utf8'));
const rows = lexicon
  .map((entry, i) => ({ rank: i + 1, entry }))
  .filter(({ entry }) => entry.source === 'composed')
  .slice(0, top)
  .map(({ rank, entry }) =>
    [rank, entry.term, entry.frequency, entry.documents, entry.pinyin, entry.english].join('\t'),
  );
process.stdout.write(`rank\tterm\tfrequency\tdocuments\tpinyin\tcomposed\n${rows.join('\n')}\n`);
