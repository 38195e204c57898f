import { describe, expect, it } from 'vitest';
import { createHighlighter } from '@/content/page/highlighter';

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

function fakeWindow(withApi: boolean) {
  const registry = new Map<string, FakeHighlight>();
  const win = withApi ? { CSS: { highlights: registry }, Highlight: FakeHighlight } : { CSS: {} };
  return { win: win as unknown as Window, registry };
}

describe('createHighlighter', () => {
  it('keeps policy and saved marks in two named highlights, saved painted on top', () => {
    const { win, registry } = fakeWindow(true);
    const h = createHighlighter(win);
    const range = document.createRange();
    h.add('policy', range);
    h.add('saved', range);
    expect([...registry.keys()].sort()).toEqual(['tanci-policy', 'tanci-saved']);
    expect(registry.get('tanci-saved')?.priority).toBeGreaterThan(
      registry.get('tanci-policy')?.priority ?? 0,
    );
    h.clear();
    expect(registry.size).toBe(0);
  });

  it('falls back to no marks (and no DOM changes) where the Highlight API is missing', () => {
    const { win } = fakeWindow(false);
    const h = createHighlighter(win);
    expect(h.supported).toBe(false);
    h.add('policy', document.createRange());
    expect(h.size('policy')).toBe(0);
  });
});
