/**
 * Bulk annotation in chunks (issue 15): a long paragraph is cut at sentence ends into pieces that fit a
 * chunk, and the tokens are exactly those of the whole paragraph.
 */
import { describe, expect, it } from 'vitest';
import { annotateInChunks, createChunkCost, piecesOf } from '@/background/annotate-chunks';
import { annotateBulk, annotateParagraphs } from '@/background/handlers/annotate';
import { BulkCancelledError, createScheduler } from '@/background/scheduler';
import { plainCore } from '../core/core-setup';

const TEXT =
  '遏制“两高”项目盲目发展是当前碳达峰碳中和工作的当务之急。推动能耗双控逐步转向碳排放总量和强度双控！' +
  '详见https://www.example.cn/a?b=1;c=2 的说明；PM2.5 concentrations fell again this year. ' +
  '构建1+N政策体系，推进网格化环境监管？\n第二段：先立后破，有序推进。';

describe('piecesOf', () => {
  it('covers the text with pieces of at most maxChars, cut after sentence ends where there are any', () => {
    for (const max of [5, 20, 40, 1_000]) {
      const pieces = piecesOf(TEXT, max);
      expect(pieces[0]?.[0]).toBe(0);
      expect(pieces.at(-1)?.[1]).toBe(TEXT.length);
      for (const [i, [start, end]] of pieces.entries()) {
        expect(end - start).toBeLessThanOrEqual(max);
        if (i > 0) expect(start).toBe(pieces[i - 1]?.[1]);
      }
    }
    // With room for a sentence, every cut follows a full-width sentence end or a line break.
    for (const [, end] of piecesOf(TEXT, 100).slice(0, -1)) expect('。！？；\n').toContain(TEXT[end - 1]);
  });
});

describe('annotateInChunks', () => {
  it('gives the tokens of the whole paragraph, one chunk of bounded size per step', async () => {
    const { annotator } = await plainCore();
    const paragraphs = [TEXT.repeat(20), '双控', TEXT];
    const sizes: number[] = [];
    const cost = createChunkCost({ chunkMs: 10, initialUsPerChar: 50 }); // 200 characters a chunk
    let clock = 0;
    const work = annotateInChunks(
      (text) => {
        sizes.push(text.length);
        return annotator.annotate(text);
      },
      paragraphs,
      { chars: cost.chars, record: () => undefined },
      () => clock++,
    );
    let steps = 0;
    let step = work.next();
    while (!step.done) {
      steps++;
      step = work.next();
    }
    expect(step.value).toEqual(paragraphs.map((p) => annotator.annotate(p)));
    expect(steps).toBeGreaterThan((TEXT.length * 20) / 200 - 1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(200);
  });

  it('learns the cost of a character from the chunks that ran', () => {
    const cost = createChunkCost({ chunkMs: 10, initialUsPerChar: 9 });
    expect(cost.chars()).toBe(1_111);
    cost.record(1_000, 30); // 30 µs a character: smaller chunks at once
    expect(cost.chars()).toBe(333);
    cost.record(1_000, 3); // faster again: grows back gradually
    expect(cost.chars()).toBeGreaterThan(333);
    expect(cost.chars()).toBeLessThan(1_111);
  });
});

describe('annotateBulk (annotate with a bulk group id)', () => {
  it('answers what the interactive path answers, through the scheduler, and can be dropped', async () => {
    const { annotator } = await plainCore();
    const deps = {
      getAnnotator: async () => annotator,
      getGlossaryIds: async () => new Map([['两高', 'lianggao']]),
    };
    const scheduler = createScheduler();
    const sender = { tab: { id: 3 }, frameId: 0, documentId: 'D' };
    const paragraphs = [TEXT.repeat(5), '双控'];
    const bulk = annotateBulk({ ...deps, scheduler, cost: createChunkCost() }, paragraphs, sender, 1);
    expect(await bulk).toEqual(await annotateParagraphs(deps, paragraphs));
    const dropped = annotateBulk({ ...deps, scheduler, cost: createChunkCost() }, paragraphs, sender, 2);
    await new Promise((resolve) => setTimeout(resolve, 0)); // the annotator is awaited, then queued
    expect(scheduler.drop({ document: 'D', groups: [2] })).toBe(1);
    await expect(dropped).rejects.toBeInstanceOf(BulkCancelledError);
  });
});
