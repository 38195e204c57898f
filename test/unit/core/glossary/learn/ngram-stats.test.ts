import { describe, expect, it } from 'vitest';
import { collectNgrams } from '@/core/glossary/learn/ngram-stats';

describe('collectNgrams', () => {
  const chunks = ['推进碳达峰工作', '实现碳达峰', '碳达峰行动', '加强管理工作', '管理节能'];
  const stats = collectNgrams(chunks, 6);

  it('counts every substring of every chunk', () => {
    expect(stats.count('碳达峰')).toBe(3);
    expect(stats.count('工作')).toBe(2);
    expect(stats.count('达峰行')).toBe(1);
    expect(stats.total).toBe(chunks.join('').length);
  });

  it('measures cohesion as the weakest split: a term sticks together, a chance pair does not', () => {
    expect(stats.cohesion('碳达峰')).toBeGreaterThan(stats.cohesion('峰工'));
    expect(stats.cohesion('碳')).toBe(Number.POSITIVE_INFINITY);
  });

  it('gives free neighbours (and chunk edges) high branching entropy, a fixed neighbour none', () => {
    // 碳达峰 follows 进/现 and starts a chunk: three different left contexts.
    expect(stats.leftEntropy('碳达峰')).toBeCloseTo(Math.log(3));
    // 达峰 is always preceded by 碳: a fragment.
    expect(stats.leftEntropy('达峰')).toBe(0);
  });

  it('lists the strings that recur', () => {
    expect(stats.frequent(3)).toContain('碳达峰');
    expect(stats.frequent(3)).not.toContain('工作');
  });
});
