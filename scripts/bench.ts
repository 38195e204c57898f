/**
 * npm run bench [-- --pku DIR] [--cpp DIR] [--segmentit-chars N] [--segmentit-timeout S] [--no-segmentit]
 * Speed and quality of the language core, measured in one process against baselines run beside it:
 * segmentation (this project, segmentit's default pipeline, Intl.Segmenter) on the SIGHAN 2005 PKU test
 * set; memory and load time of the core in a fresh process; pinyin throughput and CPP polyphone accuracy.
 * Evaluation data lives outside the project (../shared/gold by default) and is never shipped.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clearCustomDict } from 'pinyin-pro';
import { DOMAIN_LEXICON_FILE, parseDomainLexicon } from '../core/segment/domain-lexicon';
import { createUnitAnnotator } from '../core/segment/unit-annotator';
import { createSegmentationAnnotator } from '../utils/zh/annotator';
import { createDictionary } from '../utils/zh/dictionary';
import { learnTerms } from '../utils/zh/learn/learn-terms';
import { normalizeText, toArticles } from '../utils/zh/normalize';
import { createPinyinReader } from '../utils/zh/pinyin';
import { createSegmenter } from '../utils/zh/segment';
import { pinyinProAlone, readCpp, scoreCpp } from './bench/pinyin';
import { coverage, readTerms, type TermCoverage } from './bench/reading-units';
import {
  type Corpus,
  measure,
  measureSegmentit,
  type SegmentationResult,
  sample,
} from './bench/segmentation';
import { dataDir, root } from './build-data';
import { loadPackedDictionary } from './data/cedict';
import { loadLearnReference } from './lib/learn-reference';
import {
  loadCore,
  loadSegmenterData,
  loadUnitAnnotator,
  loadUnitGrouper,
  loadWordReadings,
} from './lib/load-core';

interface Args {
  gold: string;
  corpus: string;
  pku: string;
  cpp: string;
  segmentitChars: number;
  segmentitTimeout: number;
  segmentit: boolean;
}

function parseArgs(argv: string[]): Args {
  const gold = resolve(root, '../shared/gold');
  const args: Args = {
    gold,
    corpus: resolve(root, '../shared/corpus/laws'),
    pku: join(gold, 'icwb2-pku'),
    cpp: join(gold, 'cpp-dev'),
    segmentitChars: 20_000,
    segmentitTimeout: 5,
    segmentit: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value`);
      return next;
    };
    if (flag === '--pku') args.pku = resolve(value());
    else if (flag === '--gold') args.gold = resolve(value());
    else if (flag === '--corpus') args.corpus = resolve(value());
    else if (flag === '--cpp') args.cpp = resolve(value());
    else if (flag === '--segmentit-chars') args.segmentitChars = Number(value());
    else if (flag === '--segmentit-timeout') args.segmentitTimeout = Number(value());
    else if (flag === '--no-segmentit') args.segmentit = false;
    else throw new Error(`unknown option ${flag}`);
  }
  return args;
}

function readPku(dir: string): Corpus | undefined {
  const test = join(dir, 'pku_test.utf8');
  const gold = join(dir, 'pku_test_gold.utf8');
  if (!existsSync(test) || !existsSync(gold)) return undefined;
  const rawLines = readFileSync(test, 'utf8').split(/\r?\n/);
  const goldLines = readFileSync(gold, 'utf8').split(/\r?\n/);
  const corpus: Corpus = { lines: [], gold: [], chars: 0 };
  rawLines.forEach((line, i) => {
    if (!line.trim()) return;
    corpus.lines.push(line);
    corpus.gold.push((goldLines[i] ?? '').split(/\s+/u).filter(Boolean));
    corpus.chars += line.length;
  });
  return corpus;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const rate = (x: number) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} M` : `${Math.round(x / 1e3)} k`);

function row(result: SegmentationResult, reference?: SegmentationResult): string {
  const score = result.score;
  const quality = score
    ? `P ${score.precision.toFixed(3)}  R ${score.recall.toFixed(3)}  F1 ${score.f1.toFixed(3)}`
    : 'no gold';
  const ratio = reference
    ? `  (ours is ${(reference.charsPerSecond / result.charsPerSecond).toFixed(1)}× faster)`
    : '';
  return [
    `  ${result.name.padEnd(20)} ${rate(result.charsPerSecond).padStart(8)} chars/s${ratio}`,
    `  ${''.padEnd(20)} worst line ${result.worstMs.toFixed(2)} ms (${result.worstChars} chars; slowest single run ${result.worstSingleMs.toFixed(2)} ms)`,
    `  ${''.padEnd(20)} ${quality}  over ${result.lines} lines, ${result.chars} chars${result.note ? `\n  ${''.padEnd(20)} ${result.note}` : ''}`,
  ].join('\n');
}

/** Bundles the probe with esbuild (already installed as a dependency of vite and tsx) and runs it in plain node. */
async function probeMemory(): Promise<string> {
  const { build } = await import('esbuild');
  const bundle = join(tmpdir(), `tanci-rss-probe-${process.pid}.mjs`);
  await build({
    entryPoints: [fileURLToPath(new URL('./bench/rss-probe.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: bundle,
    logLevel: 'error',
  });
  try {
    const out = execFileSync('node', ['--expose-gc', bundle, join(root, 'public/data')], {
      encoding: 'utf8',
    });
    const probe = JSON.parse(out.trim()) as Record<string, number>;
    const mb = (bytes = 0) => Math.round(bytes / 2 ** 20);
    return `  core loaded in ${Math.round(probe.loadMs ?? 0)} ms; RSS after load ${mb(probe.rss)} MB (bare node with pinyin-pro imported: ${mb(probe.before)} MB; JS heap ${mb(probe.heapUsed)} MB)`;
  } finally {
    rmSync(bundle, { force: true });
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  console.log('Tanci language-core benchmark (one process; Node', process.version, ')\n');
  console.log(
    'Memory (fresh plain-node process, bundled core: segmenter dictionary + word readings + glossary if built)',
  );
  console.log(await probeMemory());

  const { segmenter, glossary } = await loadCore();
  console.log(
    `  glossary priority words: ${glossary ? glossary.length : 'none (public/data/glossary.json not built)'}\n`,
  );
  const pku = readPku(args.pku);
  if (!pku) {
    console.log(
      `Segmentation: PKU gold not found at ${args.pku} (expected pku_test.utf8 and pku_test_gold.utf8).`,
    );
    console.log('  Skipped. Give another location with --pku DIR.\n');
  } else {
    console.log(
      `Segmentation: SIGHAN 2005 PKU test set (${args.pku}), ${pku.lines.length} lines, ${pku.chars} chars`,
    );
    // The general dictionary alone: PKU is general news, and glossary terms are not PKU words.
    const plain = createSegmenter(await loadSegmenterData());
    const segmentText = (s: typeof segmenter) => (line: string) => s.segment(line).map((t) => t.text);
    const ours = measure('tanci (no glossary)', pku, segmentText(plain));
    const withGlossary = glossary ? measure('tanci + glossary', pku, segmentText(segmenter)) : undefined;
    const intl = new Intl.Segmenter('zh', { granularity: 'word' });
    const intlResult = measure('Intl.Segmenter zh', pku, (line) =>
      Array.from(intl.segment(line), (s) => s.segment),
    );
    console.log(row(ours));
    if (withGlossary) console.log(row(withGlossary));
    console.log(row(intlResult, ours));
    if (args.segmentit) {
      const bounded = sample(pku, args.segmentitChars);
      const theirs = await measureSegmentit(bounded, args.segmentitTimeout * 1000);
      const oursOnSample = measure('tanci (same sample)', bounded, segmentText(plain));
      console.log(
        `  segmentit's default is measured on a sample (every k-th line, ${bounded.chars} chars) in a child process`,
      );
      console.log(row(theirs, ours));
      console.log(row(oursOnSample));
    } else {
      console.log('  segmentit default: skipped (--no-segmentit)');
    }
    console.log('');
  }

  await readingUnits(args, pku);

  const cpp = readCpp(args.cpp);
  if (!cpp) {
    console.log(
      `Pinyin: CPP data not found at ${args.cpp} (expected dev.sent and dev.lb). Skipped; use --cpp DIR.`,
    );
    return;
  }
  console.log(
    `Pinyin: CPP polyphone benchmark (${args.cpp}), ${cpp.length} sentences, halves = even/odd lines`,
  );
  clearCustomDict(['pinyin', 'multiple', 'polyphonic']);
  const alone = scoreCpp(cpp, pinyinProAlone);
  const reader = createPinyinReader(await loadWordReadings());
  const project = scoreCpp(cpp, (text) => reader.readSentence(text, segmenter.segment(text)));
  const line = (name: string, s: typeof alone) =>
    `  ${name.padEnd(34)} even ${pct(s.even)}  odd ${pct(s.odd)}  all ${pct(s.all)}  ${rate(s.charsPerSecond)} chars/s`;
  console.log(line('pinyin-pro 3 alone (sentence)', alone));
  console.log(line('tanci (segmentation + readings)', project));
  console.log('  Nothing is fitted on CPP (CC-CEDICT word readings, overrides reviewed on newspaper text).');
}

/** The held-out documents of ../shared/gold/domain-dev and the corpus file each one is. */
const DOMAIN_DEV = [
  ['carbon-trading-regulation.tsv', '碳排放权交易管理暂行条例(2024-01-25).md'],
  ['huzhou-green-finance.tsv', '湖州市绿色金融促进条例(2021-10-14).md'],
] as const;

function coverageRow(name: string, c: TermCoverage, detail = true): string {
  const share = (n: number, d: number) => `${n}/${d} (${d ? pct(n / d) : '–'})`;
  const lines = [
    `  ${name.padEnd(34)} one unit ${share(c.whole, c.occurrences)}; English not composed ${share(c.explained, c.whole)}`,
  ];
  if (detail && c.split.size) {
    lines.push(`  ${''.padEnd(34)} split: ${[...c.split].map(([term, cut]) => `${term}→${cut}`).join('  ')}`);
  }
  return lines.join('\n');
}

/** Reading units: speed, the held-out documents' gold terms, the seed's policy terms, the lexicon's size. */
async function readingUnits(args: Args, pku: Corpus | undefined): Promise<void> {
  const core = await loadCore();
  const glossary = core.glossary ?? [];
  const lexicon = parseDomainLexicon(readFileSync(join(dataDir, DOMAIN_LEXICON_FILE), 'utf8'));
  const bySource = (source: string) => lexicon.filter((entry) => entry.source === source).length;
  console.log(
    `Reading units: domain lexicon ${lexicon.length} terms learned from seeds/corpus/laws + the seed ` +
      `(English: ${bySource('cedict')} CC-CEDICT, ${bySource('reviewed')} reviewed, ${bySource('composed')} composed)`,
  );
  const units = await loadUnitAnnotator(core);
  // What a page gets first: segmentation and units, no pinyin (the quick answer); and with pinyin.
  const segmenter = createSegmenter(await loadSegmenterData());
  const quick = createUnitAnnotator(
    createSegmentationAnnotator({
      segmenter,
      glossaryTerms: new Map(glossary.map((entry) => [entry.term, entry.id])),
    }),
    await loadUnitGrouper(segmenter),
  );
  if (pku) {
    const texts = (annotate: (line: string) => { text: string }[]) => (line: string) =>
      annotate(line).map((t) => t.text);
    const speed = (name: string, annotate: (line: string) => { text: string }[]) => {
      const r = measure(name, { ...pku, gold: [] }, texts(annotate));
      return `  ${name.padEnd(34)} ${rate(r.charsPerSecond).padStart(8)} chars/s; worst line ${r.worstMs.toFixed(2)} ms (${r.worstChars} chars; slowest single run ${r.worstSingleMs.toFixed(2)} ms)`;
    };
    console.log(`  speed over the PKU test text (${pku.chars} chars):`);
    console.log(speed('words + units (no pinyin)', (line) => quick.annotate(line)));
    console.log(speed('words + pinyin + units', (line) => units.annotate(line)));
    console.log(speed('words + pinyin (no units)', (line) => core.annotator.annotate(line)));
  }
  const dictionary = createDictionary(await loadPackedDictionary(), { glossary, lexicon });
  const devDir = join(args.gold, 'domain-dev');
  let anyDev = false;
  for (const [goldFile, document] of DOMAIN_DEV) {
    const terms = readTerms(join(devDir, goldFile));
    const path = join(args.corpus, document);
    if (!terms || !existsSync(path)) continue;
    if (!anyDev) console.log(`  held-out documents (${devDir}; never learned from or reviewed):`);
    anyDev = true;
    const paragraphs = readFileSync(path, 'utf8').split(/\r?\n/u);
    console.log(
      coverageRow(
        `${goldFile} (${terms.length} terms)`,
        coverage(paragraphs, (p) => units.annotate(p), terms, dictionary),
      ),
    );
    console.log(
      coverageRow(
        '  same, words only (before units)',
        coverage(paragraphs, (p) => core.annotator.annotate(p), terms, dictionary),
        false,
      ),
    );
  }
  if (!anyDev) console.log(`  held-out documents: not found (${devDir} and ${args.corpus}); skipped.`);
  const seedGold = join(args.gold, 'seed-policy-terms.tsv');
  if (!existsSync(seedGold)) {
    console.log(`  seed policy terms: ${seedGold} not found; skipped.\n`);
    return;
  }
  const rows = readFileSync(seedGold, 'utf8')
    .split(/\r?\n/u)
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t'));
  const tier = (name: string) => rows.filter((row) => row[2] === name).map((row) => row[0] as string);
  const seedText = readFileSync(join(root, 'seeds/000_5b13465c4fe18702.txt'), 'utf8');
  const seedParagraphs = normalizeText(seedText);
  const core_ = tier('core');
  const wholeOn = (annotate: (p: string) => { text: string; start: number; end: number }[]) =>
    core_.filter((term) => coverage(seedParagraphs, annotate as never, [term], dictionary).split.size === 0)
      .length;
  const learned = new Set(
    learnTerms(toArticles(seedText, 'seed'), await loadLearnReference()).terms.map((t) => t.term),
  );
  const should = tier('should');
  console.log(
    `  seed (${seedGold}): core terms whole on words ${wholeOn((p) => core.annotator.annotate(p))}/${core_.length}, ` +
      `on reading units ${wholeOn((p) => units.annotate(p))}/${core_.length}; learner finds core ` +
      `${core_.filter((t) => learned.has(t)).length}/${core_.length}, should ${should.filter((t) => learned.has(t)).length}/${should.length} ` +
      `(${pct(should.filter((t) => learned.has(t)).length / should.length)})\n`,
  );
}

await main();
