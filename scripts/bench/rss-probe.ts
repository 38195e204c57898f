/**
 * Loads the pure language core from the generated data files, as the background service worker does,
 * and prints its load time and memory as JSON. The benchmark bundles this file with esbuild and runs it
 * under plain node (no TypeScript loader in the process), so RSS reflects the core, not the tooling.
 * Usage: node probe.mjs DATA_DIR [--bare]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnnotator } from '../../core/annotator';
import { GLOSSARY_FILE, parseGlossary } from '../../core/glossary/glossary-file';
import { decodeG2pm, G2PM_FILE } from '../../core/pinyin/g2pm-file';
import { createPolyphoneModel } from '../../core/pinyin/polyphone-model';
import { decodeWordReadings, WORD_READINGS_FILE } from '../../core/pinyin/word-readings-binary';
import { createSegmenter } from '../../core/segment/segment';
import { parseSegmenterData, SEGMENTER_DATA_FILE } from '../../core/segment/segmenter-data';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const dataDir = process.argv[2] ?? 'public/data';
gc();
const before = process.memoryUsage().rss;
const started = performance.now();
const segmenter = createSegmenter(parseSegmenterData(readFileSync(join(dataDir, SEGMENTER_DATA_FILE))));
const readings = decodeWordReadings(readFileSync(join(dataDir, WORD_READINGS_FILE)));
const glossaryFile = join(dataDir, GLOSSARY_FILE);
const glossary = existsSync(glossaryFile) ? parseGlossary(readFileSync(glossaryFile, 'utf8')) : [];
const annotator = createAnnotator({
  segmenter,
  readings,
  glossaryTerms: new Map(glossary.map((e) => [e.term, e.id])),
});
annotator.annotate('碳达峰碳中和，各行业率先行动。');
const loadMs = performance.now() - started;
gc();
const memory = process.memoryUsage();

// The polyphone model on top, measured apart: its decode time, and what it adds once it has read a
// 100k-character page (its per-character input projections are filled in as characters are met). The
// page is read once without it first, so what reading alone leaves behind is not counted as the model's.
const page = readFileSync(join(dataDir, '../../seeds/000_5b13465c4fe18702.txt'), 'utf8').replace(/\s+/g, '');
const readPage = (reader: typeof annotator) => {
  for (let read = 0; read < 100_000; read += page.length) reader.annotate(page);
};
readPage(annotator);
gc();
const base = process.memoryUsage();
const modelStarted = performance.now();
const polyphones = createPolyphoneModel(decodeG2pm(readFileSync(join(dataDir, G2PM_FILE))));
const modelMs = performance.now() - modelStarted;
gc();
const decoded = process.memoryUsage().rss;
readPage(createAnnotator({ segmenter, readings, polyphones }));
gc();
const after = process.memoryUsage();
process.stdout.write(
  `${JSON.stringify({
    loadMs,
    rss: memory.rss,
    before,
    heapUsed: memory.heapUsed,
    modelMs,
    modelDecodedRss: decoded - base.rss,
    modelRss: after.rss - base.rss,
    modelHeap: after.heapUsed - base.heapUsed,
    modelExternal: after.arrayBuffers - base.arrayBuffers,
  })}\n`,
);
