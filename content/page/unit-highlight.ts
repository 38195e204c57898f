import { highlightApi } from './highlighter';

/** The name of the highlight on the unit the open popup describes; its style is `::highlight(tanci-unit)`. */
export const UNIT_HIGHLIGHT_NAME = 'tanci-unit';

export interface UnitHighlight {
  /** Highlights this range alone (the unit the popup now describes). */
  show(range: AbstractRange): void;
  clear(): void;
}

/**
 * Shows which characters the open popup explains, without touching the page's DOM (a CSS custom highlight,
 * as the marks of highlighter.ts are). It paints over the policy and saved marks. Where the Highlight API is
 * missing it does nothing: the popup still names its unit.
 */
export function createUnitHighlight(win: Window = window): UnitHighlight {
  const api = highlightApi(win);
  if (!api) return { show() {}, clear() {} };
  const { registry, Highlight: HighlightCtor } = api;
  let current: Highlight | null = null;
  return {
    show(range) {
      if (!current) {
        current = new HighlightCtor();
        current.priority = 2;
      }
      current.clear();
      current.add(range);
      // Set again each time: the page may have emptied the registry meanwhile.
      if (registry.get(UNIT_HIGHLIGHT_NAME) !== current) registry.set(UNIT_HIGHLIGHT_NAME, current);
    },
    clear() {
      if (!current) return;
      current.clear();
      if (registry.get(UNIT_HIGHLIGHT_NAME) === current) registry.delete(UNIT_HIGHLIGHT_NAME);
    },
  };
}
