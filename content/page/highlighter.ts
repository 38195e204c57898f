/**
 * The kinds of in-place marks: policy terms, saved words, terms learned from the page and words not known
 * yet (a setting that is off by default); their styles are `::highlight(tanci-policy)`,
 * `::highlight(tanci-saved)`, `::highlight(tanci-page)` and `::highlight(tanci-unknown)`.
 */
export type MarkKind = 'policy' | 'saved' | 'page' | 'unknown';

export const HIGHLIGHT_NAMES: Record<MarkKind, string> = {
  policy: 'tanci-policy',
  saved: 'tanci-saved',
  page: 'tanci-page',
  unknown: 'tanci-unknown',
};

export interface Highlighter {
  /** False where the CSS Custom Highlight API is missing (Firefox before 140): marks are then skipped. */
  readonly supported: boolean;
  add(kind: MarkKind, range: AbstractRange): void;
  delete(kind: MarkKind, range: AbstractRange): void;
  size(kind: MarkKind): number;
  /** Removes every mark Tanci made (the registry entries themselves go too). */
  clear(): void;
  /** Shows or hides one kind of mark (a setting): hidden marks are kept, only unregistered. */
  setVisible?(kind: MarkKind, visible: boolean): void;
}

type HighlightWindow = Window & {
  CSS?: { highlights?: HighlightRegistry };
  Highlight?: typeof Highlight;
};

/** The window's CSS Custom Highlight API (its registry and constructor), or null where it is missing. */
export function highlightApi(
  win: Window,
): { registry: HighlightRegistry; Highlight: typeof Highlight } | null {
  const w = win as HighlightWindow;
  const registry = w.CSS?.highlights;
  return registry && w.Highlight ? { registry, Highlight: w.Highlight } : null;
}

/**
 * Marks ranges of page text without touching the page's DOM. Where the Highlight API is missing the
 * marks are dropped rather than emulated with wrapper elements: the popup still works by hover, and the
 * page stays exactly as its authors made it.
 */
export function createHighlighter(win: Window = window): Highlighter {
  const api = highlightApi(win);
  if (!api) return { supported: false, add() {}, delete() {}, size: () => 0, clear() {}, setVisible() {} };
  const { registry, Highlight: HighlightCtor } = api;
  const highlights = new Map<MarkKind, Highlight>();
  const hidden = new Set<MarkKind>();
  const get = (kind: MarkKind): Highlight => {
    let h = highlights.get(kind);
    if (!h) {
      h = new HighlightCtor();
      // Saved marks paint over policy marks where both apply.
      h.priority = kind === 'saved' ? 1 : 0;
      highlights.set(kind, h);
      if (!hidden.has(kind)) registry.set(HIGHLIGHT_NAMES[kind], h);
    }
    return h;
  };
  return {
    supported: true,
    add: (kind, range) => void get(kind).add(range),
    delete: (kind, range) => void highlights.get(kind)?.delete(range),
    size: (kind) => highlights.get(kind)?.size ?? 0,
    clear() {
      for (const [kind, h] of highlights) {
        h.clear();
        if (registry.get(HIGHLIGHT_NAMES[kind]) === h) registry.delete(HIGHLIGHT_NAMES[kind]);
      }
      highlights.clear();
    },
    setVisible(kind, visible) {
      if (visible) hidden.delete(kind);
      else hidden.add(kind);
      const h = highlights.get(kind);
      if (!h) return;
      if (visible) registry.set(HIGHLIGHT_NAMES[kind], h);
      else if (registry.get(HIGHLIGHT_NAMES[kind]) === h) registry.delete(HIGHLIGHT_NAMES[kind]);
    },
  };
}
