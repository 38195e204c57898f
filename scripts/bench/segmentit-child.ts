/**
 * Runs segmentit's default pipeline in a child process, one line per message, so the benchmark can kill
 * it when a line takes too long (its word chunking is exponential on long clauses) or runs out of memory.
 */
import { createRequire } from 'node:module';

interface SegmentitModule {
  Segment: new () => unknown;
  useDefault(segment: unknown): { doSegment(text: string, options: { simple: true }): string[] };
}

const segmentit = createRequire(import.meta.url)('segmentit') as SegmentitModule;
const started = performance.now();
const segmenter = segmentit.useDefault(new segmentit.Segment());
process.send?.({ ready: true, loadMs: performance.now() - started, rss: process.memoryUsage().rss });

process.on('message', (message: { line: string }) => {
  const begin = performance.now();
  const words = segmenter.doSegment(message.line, { simple: true });
  process.send?.({ words, ms: performance.now() - begin, rss: process.memoryUsage().rss });
});
