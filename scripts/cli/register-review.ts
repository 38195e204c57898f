/**
 * npx tsx scripts/cli/register-review.ts [--top N] > docs/register-review.tsv
 * The sample for reviewing the first English line in the policy register: the N (200) most frequent words
 * of the laws corpus + the seed (scripts/cli/register-frequency.ts: the project's segmentation, the two
 * held-out documents left out), each with the English shown first without the register table (CC-CEDICT
 * alone) and with it. The reviewer's verdicts are added by hand as two columns (docs/register-review.tsv).
 */
import { parseCedict } from '../../core/dictionary/cedict-parse';
import { createDictionary } from '../../core/dictionary/dictionary';
import { packDictionary } from '../../core/dictionary/dictionary-pack';
import { readCedictSource, readHsk, readRegisterSenses } from '../data/cedict';
import { corpusDir, corpusTexts, wordFrequencies } from './register-frequency';

const argv = process.argv.slice(2);
const top = Number(argv[argv.indexOf('--top') + 1]) || 200;
const entries = parseCedict(readCedictSource());
const hsk = readHsk();
const without = createDictionary(packDictionary(entries, hsk, {}, []));
const withRegister = createDictionary(packDictionary(entries, hsk, {}, readRegisterSenses()));
const words = (await wordFrequencies(corpusTexts(corpusDir().dir))).slice(0, top);
const rows = words.map((w, i) =>
  [i + 1, w.word, w.count, without.english(w.word), withRegister.english(w.word)].join('\t'),
);
process.stdout.write(`rank\tword\tcount\tbefore\tafter\n${rows.join('\n')}\n`);
