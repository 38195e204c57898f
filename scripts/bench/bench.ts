/**
 * npm run bench [-- --pku DIR] [--cpp DIR] [--segmentit-chars N] [--segmentit-timeout S] [--no-segmentit]
 *                 [--only memory,segmentation,process,units,page-terms,pinyin,parity,page]
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
import { decodeG2pm, G2PM_FILE } from '../../core/pinyin/g2pm-file';
import { createG2pmModel } from '../../core/pinyin/g2pm-model';
import { createPinyinReader } from '../../core/pinyin/pinyin';
import { createPolyphoneModel } from '../../core/pinyin/polyphone-model';
import { createSegmenter, type Segmenter } from '../../core/segment/segment';
import { readG2pmDigest } from '../data/g2pm';
import { loadCore, loadPolyphoneModel, loadWordReadings } from '../lib/load-core';
import { loadSegmenterData } from '../lib/load-segmenter';
import { dataDir, root } from '../lib/paths';
import { annotateSegProcess } from './annotate-seg-bench';
import { accuracy, fitPolyphoneLists, sourceReadings } from './fit-polyphone-lists';
import { pct, rate } from './format';
import { cpuMs, pagePinyin } from './page-pinyin-bench';
import { pageTermsBench } from './page-terms-bench';
import { pinyinProAlone, readCpp, referenceParity, scoreCpp } from './pinyin';
import { readingUnits } from './reading-units-bench';
import { type Corpus, measure, measureSegmentit, type SegmentationResult, sample } from './segmentation';

interface Args {
  gold: string;
  corpus: string;
  pku: string;
  cpp: string;
  g2pm: string;
  segmentitChars: number;
  segmentitTimeout: number;
  segmentit: boolean;
  /** Sections to run (all when empty), named as in SECTIONS. */
  only: Set<string>;
}

const SECTIONS = ['memory', 'segmentation', 'process', 'units', 'page-terms', 'pinyin', 'parity', 'page'];

function parseArgs(argv: string[]): Args {
  const gold = resolve(root, '../shared/gold');
  const args: Args = {
    gold,
    corpus: resolve(root, '../shared/corpus/laws'),
    pku: join(gold, 'icwb2-pku'),
    cpp: join(gold, 'cpp-dev'),
    g2pm: resolve(root, '../shared/models/g2pm'),
    segmentitChars: 20_000,
    segmentitTimeout: 5,
    segmentit: true,
    only: new Set(),
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
    else if (flag === '--g2pm-reference') args.g2pm = resolve(value());
    else if (flag === '--segmentit-chars') args.segmentitChars = Number(value());
    else if (flag === '--segmentit-timeout') args.segmentitTimeout = Number(value());
    else if (flag === '--no-segmentit') args.segmentit = false;
    else if (flag === '--only') {
      for (const section of value().split(',')) {
        if (!SECTIONS.includes(section)) throw new Error(`--only: unknown section ${section} (${SECTIONS})`);
        args.only.add(section);
      }
    } else throw new Error(`unknown option ${flag}`);
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

const pct2 = (x: number) => `${(100 * x).toFixed(2)}%`;

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
    entryPoints: [fileURLToPath(new URL('./rss-probe.ts', import.meta.url))],
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
    const mb1 = (bytes = 0) => (bytes / 2 ** 20).toFixed(1);
    return [
      `  core loaded in ${Math.round(probe.loadMs ?? 0)} ms; RSS after load ${mb(probe.rss)} MB (bare node with pinyin-pro imported: ${mb(probe.before)} MB; JS heap ${mb(probe.heapUsed)} MB)`,
      `  of which the polyphone model (g2pM): decoded in ${(probe.modelMs ?? 0).toFixed(1)} ms, +${mb1(probe.modelDecodedRss)} MB RSS after decoding, +${mb1(probe.modelRss)} MB RSS +${mb1(probe.modelHeap)} MB JS heap + ${mb1(probe.modelExternal)} MB array buffers (after reading a 100k-character page)`,
    ].join('\n');
  } finally {
    rmSync(bundle, { force: true });
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const want = (section: string) => args.only.size === 0 || args.only.has(section);
  console.log('Tanci language-core benchmark (one process; Node', process.version, ')\n');
  if (want('memory')) {
    console.log(
      'Memory (fresh plain-node process, bundled core: segmenter dictionary + word readings + glossary if built)',
    );
    console.log(await probeMemory());
  }

  const { segmenter, glossary } = await loadCore();
  console.log(
    `  glossary priority words: ${glossary ? glossary.length : 'none (public/data/glossary.json not built)'}\n`,
  );
  const pku = readPku(args.pku);
  if (!want('segmentation') && !want('process')) {
    // skipped (--only)
  } else if (!pku) {
    console.log(
      `Segmentation: PKU gold not found at ${args.pku} (expected pku_test.utf8 and pku_test_gold.utf8).`,
    );
    console.log('  Skipped. Give another location with --pku DIR.\n');
  } else {
    console.log(
      `Segmentation: SIGHAN 2005 PKU test set (${args.pku}), ${pku.lines.length} lines, ${pku.chars} chars`,
    );
    if (want('process')) console.log(annotateSegProcess(pku));
  }
  if (pku && want('segmentation')) {
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

  if (want('units')) await readingUnits(args, pku);
  if (want('page-terms')) await pageTermsBench();

  if (want('pinyin')) await cppSection(args, segmenter);
  if (want('parity')) parity(args);
  if (want('page')) await pagePinyin(segmenter, glossary);
}

/** g2pM as ported, over every class (the original's argmax), from the shipped file. */
const originalModel = () => createG2pmModel(decodeG2pm(readFileSync(join(dataDir, G2PM_FILE))));

/** CPP dev: pinyin-pro alone, Tanci without and with the model, the fitted lists' two-fold check, the overrides. */
async function cppSection(args: Args, segmenter: Segmenter): Promise<void> {
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
  const readings = await loadWordReadings();
  const reader = createPinyinReader(readings);
  const project = scoreCpp(cpp, (text) => reader.readSentence(text, segmenter.segment(text)));
  const polyphones = await loadPolyphoneModel();
  const withModel = createPinyinReader(readings, polyphones);
  const shipped = scoreCpp(cpp, (text) => withModel.readSentence(text, segmenter.segment(text)));
  const original = originalModel();
  const modelAlone = scoreCpp(cpp, (text) => original.read([...text]).map((r) => r ?? ''));
  const line = (name: string, s: typeof alone) =>
    `  ${name.padEnd(38)} even ${pct(s.even)}  odd ${pct(s.odd)}  all ${pct(s.all)}  ${rate(s.charsPerSecond)} chars/s`;
  console.log(line('pinyin-pro 3 alone (sentence)', alone));
  console.log(line('tanci without the model', project));
  console.log(line('g2pM alone (the original port)', modelAlone));
  console.log(line('tanci + g2pM (as shipped)', shipped));
  const lists = (m: { modelFirst: ReadonlySet<string>; sentenceFirst: ReadonlySet<string> }) =>
    `${m.modelFirst.size} model-first, ${m.sentenceFirst.size} sentence-first characters`;
  console.log(
    `  As shipped (${lists(polyphones)}, fitted on even): even ${pct2(shipped.even)} (fit half), odd ${pct2(shipped.odd)} (held out)`,
  );
  const sources = sourceReadings(
    cpp,
    segmenter,
    readings,
    decodeG2pm(readFileSync(join(dataDir, G2PM_FILE))),
  );
  const fitEven = fitPolyphoneLists(sources, 0);
  const fitOdd = fitPolyphoneLists(sources, 1);
  const none = { modelFirst: [], sentenceFirst: [] };
  const size = (l: typeof fitEven) => `${l.modelFirst.length}+${l.sentenceFirst.length}`;
  console.log(
    `  Two-fold check of the fit: fitted on even (${size(fitEven)}) → odd ${pct2(accuracy(sources, 1, fitEven))}; fitted on odd (${size(fitOdd)}) → even ${pct2(accuracy(sources, 0, fitOdd))}; nothing fitted (model wherever no word decides, CC-CEDICT word first): even ${pct2(accuracy(sources, 0, none))}, odd ${pct2(accuracy(sources, 1, none))}`,
  );
  let overridden = 0;
  let overrideRight = 0;
  for (const item of cpp) {
    const word = [...readings.overrides.keys()].find((w) => {
      const at = item.text.indexOf(w);
      return at >= 0 && at <= item.at && item.at < at + w.length;
    });
    if (!word) continue;
    overridden++;
    if (withModel.readSentence(item.text, segmenter.segment(item.text))[item.at] === item.label)
      overrideRight++;
  }
  console.log(
    `  Reviewed overrides cover ${overridden} marked characters of CPP dev; ${overrideRight} read right`,
  );
}

/** The port against the original's reference outputs, and the model's load time. */
function parity(args: Args): void {
  console.log('\nPolyphone model (g2pM) against its original implementation');
  const reference = join(args.g2pm, 'reference-full-200.jsonl');
  if (!existsSync(reference)) {
    console.log(`  ${reference} not found; parity skipped (--g2pm-reference DIR).`);
  } else {
    const original = originalModel();
    const digest = readG2pmDigest();
    const readLikeOriginal = (text: string) => {
      const chars = [...text];
      const read = original.read(chars);
      return chars.map((char, k) => read[k] ?? digest.get(char)?.[0] ?? char);
    };
    const parity = referenceParity(reference, readLikeOriginal);
    console.log(
      `  reference-full-200.jsonl: ${parity.same} of ${parity.total} characters read the same (${pct2(parity.same / parity.total)})`,
    );
    for (const difference of parity.differences.slice(0, 10)) console.log(`    ${difference}`);
  }
  const times: Array<[number, number]> = [];
  const bytes = readFileSync(join(dataDir, G2PM_FILE));
  for (let i = 0; i < 5; i++) {
    const [wall, cpu] = [performance.now(), cpuMs()];
    createPolyphoneModel(decodeG2pm(bytes));
    times.push([performance.now() - wall, cpuMs() - cpu]);
  }
  const [first = [0, 0], ...rest] = times;
  const median = rest.sort((a, b) => a[0] - b[0])[2] ?? [0, 0];
  console.log(
    `  model load (decode ${(bytes.length / 2 ** 20).toFixed(2)} MB + set-up), in this process: first ${first[0].toFixed(1)} ms (CPU ${first[1].toFixed(1)} ms), then median ${median[0].toFixed(1)} ms (CPU ${median[1].toFixed(1)} ms)`,
  );
}

await main();
