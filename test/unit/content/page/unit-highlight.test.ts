import { describe, expect, it } from 'vitest';
import { createUnitHighlight, UNIT_HIGHLIGHT_NAME } from '@/content/page/unit-highlight';

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

describe('createUnitHighlight', () => {
  it('highlights one unit at a time above the marks, and leaves no highlight once cleared', () => {
    const registry = new Map<string, FakeHighlight>();
    const h = createUnitHighlight({
      CSS: { highlights: registry },
      Highlight: FakeHighlight,
    } as unknown as Window);
    const first = document.createRange();
    const second = document.createRange();
    h.show(first);
    h.show(second);
    const shown = registry.get(UNIT_HIGHLIGHT_NAME);
    expect([...(shown ?? [])]).toEqual([second]);
    // Above the saved marks (priority 1, highlighter.ts).
    expect(shown?.priority).toBeGreaterThan(1);
    h.clear();
    expect(registry.has(UNIT_HIGHLIGHT_NAME)).toBe(false);
    h.show(first);
    expect([...(registry.get(UNIT_HIGHLIGHT_NAME) ?? [])]).toEqual([first]);
  });

  it('does nothing where the Highlight API is missing', () => {
    const h = createUnitHighlight({ CSS: {} } as unknown as Window);
    expect(() => {
      h.show(document.createRange());
      h.clear();
    }).not.toThrow();
  });
});
