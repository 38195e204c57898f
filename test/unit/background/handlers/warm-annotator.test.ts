import { describe, expect, it, vi } from 'vitest';
import { warmAnnotator } from '@/background/handlers/annotate';

describe('warmAnnotator', () => {
  it('loads the core and runs a first short annotation, before any reader asks', async () => {
    const annotate = vi.fn(() => []);
    const getAnnotator = vi.fn(async () => ({ annotate }));
    const getGlossaryIds = vi.fn(async () => new Map<string, string>());
    warmAnnotator({ getAnnotator, getGlossaryIds });
    await vi.waitFor(() => expect(annotate).toHaveBeenCalledTimes(1));
    expect(getAnnotator).toHaveBeenCalledTimes(1);
    expect(getGlossaryIds).toHaveBeenCalledTimes(1);
  });

  it('loads only the segmentation part when there is one: the full load waits for the first quick answer', async () => {
    const getAnnotator = vi.fn(async () => ({ annotate: () => [] }));
    const getSegmentationAnnotator = vi.fn(async () => ({ annotate: () => [] }));
    warmAnnotator({
      getAnnotator,
      getSegmentationAnnotator,
      annotatorLoaded: () => false,
      getGlossaryIds: async () => new Map(),
    });
    await vi.waitFor(() => expect(getSegmentationAnnotator).toHaveBeenCalledTimes(1));
    expect(getAnnotator).not.toHaveBeenCalled();
  });

  it('swallows a failed load: the reader’s own request reports it', async () => {
    const getAnnotator = vi.fn(async () => {
      throw new Error('segmenter-trie.bin is missing');
    });
    expect(() => warmAnnotator({ getAnnotator, getGlossaryIds: async () => new Map() })).not.toThrow();
    await vi.waitFor(() => expect(getAnnotator).toHaveBeenCalled());
  });
});
