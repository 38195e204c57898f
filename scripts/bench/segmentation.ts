/** Segmentation measurements: throughput, worst line, and PKU precision/recall/F1 for one segmenter. */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type Score, SpanScorer, words } from './score';

export interface Corpus {
  lines: string[];
  gold: string[][];
  chars: number;
}

export interface SegmentationResult {
  name: string;
  lines: number;
  chars: number;
  charsPerSecond: number;
  /** Slowest line: its time (median of the repeats) and length. */
  worstMs: number;
  worstChars: number;
  /** Slowest single observation after warm-up (includes garbage-collection pauses). */
  worstSingleMs: number;
  score?: Score;
  note?: string;
}

/**
 * Runs `segment` over every line once to warm up (JIT compilation is not what a reader waits for on the
 * hundredth page), then `repeats` timed passes; throughput from the fastest pass, per-line time the median.
 */
export function measure(
  name: string,
  corpus: Corpus,
  segment: (line: string) => string[],
  repeats = 3,
): SegmentationResult {
  const times = corpus.lines.map(() => [] as number[]);
  let fastest = Number.POSITIVE_INFINITY;
  let worstSingleMs = 0;
  const scorer = new SpanScorer();
  for (const line of corpus.lines) segment(line);
  for (let r = 0; r < repeats; r++) {
    const pass = performance.now();
    corpus.lines.forEach((line, i) => {
      const start = performance.now();
      const out = segment(line);
      const ms = performance.now() - start;
      times[i]?.push(ms);
      worstSingleMs = Math.max(worstSingleMs, ms);
      if (r === 0) scorer.add(words(out), corpus.gold[i] ?? []);
    });
    fastest = Math.min(fastest, performance.now() - pass);
  }
  let worstMs = 0;
  let worstChars = 0;
  times.forEach((list, i) => {
    const median = [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
    if (median > worstMs) {
      worstMs = median;
      worstChars = corpus.lines[i]?.length ?? 0;
    }
  });
  return {
    name,
    lines: corpus.lines.length,
    chars: corpus.chars,
    charsPerSecond: (corpus.chars / fastest) * 1000,
    worstMs,
    worstChars,
    worstSingleMs,
    score: corpus.gold.length ? scorer.score() : undefined,
  };
}

interface ChildReply {
  ready?: boolean;
  words?: string[];
  ms?: number;
  rss?: number;
}

/**
 * segmentit's default pipeline on a bounded sample, in a child process: a line that takes longer than
 * `timeoutMs` (or exhausts memory) kills the child, counts as a timeout, and a fresh child continues.
 */
export async function measureSegmentit(corpus: Corpus, timeoutMs: number): Promise<SegmentationResult> {
  const script = fileURLToPath(new URL('./segmentit-child.ts', import.meta.url));
  let child: ChildProcess | undefined;
  let pending: ((reply: ChildReply | undefined) => void) | undefined;
  let peakRss = 0;
  const start = async () => {
    child = fork(script, [], {
      execArgv: [...process.execArgv, '--max-old-space-size=3072'],
      stdio: 'ignore',
    });
    child.on('message', (reply: ChildReply) => pending?.(reply));
    child.on('exit', () => pending?.(undefined));
    await ask(undefined);
  };
  const ask = (line: string | undefined, limit = 120_000) =>
    new Promise<ChildReply | undefined>((resolve) => {
      const timer = setTimeout(() => resolve(undefined), limit);
      pending = (reply) => {
        clearTimeout(timer);
        pending = undefined;
        resolve(reply);
      };
      if (line !== undefined) child?.send({ line });
    });
  await start();
  const scorer = new SpanScorer();
  let busyMs = 0;
  let chars = 0;
  let worstMs = 0;
  let worstChars = 0;
  let timeouts = 0;
  for (let i = 0; i < corpus.lines.length; i++) {
    const line = corpus.lines[i] as string;
    const reply = await ask(line, timeoutMs);
    if (!reply?.words) {
      timeouts++;
      child?.kill('SIGKILL');
      await start();
      continue;
    }
    peakRss = Math.max(peakRss, reply.rss ?? 0);
    busyMs += reply.ms ?? 0;
    chars += line.length;
    if ((reply.ms ?? 0) > worstMs) {
      worstMs = reply.ms ?? 0;
      worstChars = line.length;
    }
    scorer.add(words(reply.words), corpus.gold[i] ?? []);
  }
  child?.kill('SIGKILL');
  return {
    name: 'segmentit default',
    lines: corpus.lines.length - timeouts,
    chars,
    charsPerSecond: (chars / busyMs) * 1000,
    worstMs,
    worstChars,
    worstSingleMs: worstMs,
    score: scorer.score(),
    note: `${timeouts} line(s) over the ${timeoutMs / 1000} s limit (killed, not counted); peak child RSS ${Math.round(peakRss / 2 ** 20)} MB`,
  };
}

/** Every k-th line, about `maxChars` characters in all: the bounded sample for slow segmenters. */
export function sample(corpus: Corpus, maxChars: number): Corpus {
  const out: Corpus = { lines: [], gold: [], chars: 0 };
  const stride = Math.max(1, Math.ceil(corpus.chars / maxChars));
  for (let i = 0; i < corpus.lines.length && out.chars < maxChars; i += stride) {
    out.lines.push(corpus.lines[i] as string);
    out.gold.push(corpus.gold[i] ?? []);
    out.chars += (corpus.lines[i] as string).length;
  }
  return out;
}
