/**
 * The segmentation annotator builds its tokens field by field (faster than an object spread); they must be
 * exactly what the spread gave: the segment's fields in order, empty readings, the glossary id when there is one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSegmentationAnnotator } from '@/core/annotator';
import { createSegmenter } from '@/core/segment/segment';
import { loadSegmenterData } from '../../../scripts/lib/load-segmenter';

describe('createSegmentationAnnotator', () => {
  it('gives the segments with empty readings and glossary ids, fields in the same order', async () => {
    const glossaryTerms = new Map([
      ['碳达峰', 'id-1'],
      ['两高', 'id-2'],
    ]);
    const annotator = createSegmentationAnnotator({
      segmenter: createSegmenter(await loadSegmenterData()),
      glossaryTerms,
    });
    const reference = createSegmenter(await loadSegmenterData());
    reference.addPriorityWords(glossaryTerms.keys());
    const seed = readFileSync('seeds/000_5b13465c4fe18702.txt', 'utf8').split('\n').slice(0, 120);
    for (const line of seed) {
      const expected = reference.segment(line).map((segment) => {
        const token: Record<string, unknown> = { ...segment, pinyin: '', tones: [] };
        const id = glossaryTerms.get(segment.text);
        if (id !== undefined) token.glossaryId = id;
        return token;
      });
      expect(JSON.stringify(annotator.annotate(line))).toBe(JSON.stringify(expected));
    }
    expect(annotator.annotate('坚决遏制两高项目').find((t) => t.text === '两高')?.glossaryId).toBe('id-2');
  });
});
