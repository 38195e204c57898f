import type { Highlighter, MarkKind } from '@/content/page/highlighter';
import type { IdleScheduler } from '@/content/page/idle';
import type { Token } from '@/core/types';

/** A highlighter that records the text of each marked range. */
export function recordingHighlighter() {
  const marks: Record<MarkKind, Set<AbstractRange>> = {
    policy: new Set(),
    saved: new Set(),
    page: new Set(),
    unknown: new Set(),
  };
  const highlighter: Highlighter = {
    supported: true,
    add: (kind, range) => void marks[kind].add(range),
    delete: (kind, range) => void marks[kind].delete(range),
    size: (kind) => marks[kind].size,
    clear: () => {
      for (const set of Object.values(marks)) set.clear();
    },
  };
  const text = (kind: MarkKind) => [...marks[kind]].map((r) => (r as Range).toString()).sort();
  return { highlighter, text };
}

/** Idle time that never runs out: each scheduled slice finishes its walk. */
export const eagerIdle: IdleScheduler = (task) => {
  let cancelled = false;
  queueMicrotask(() => cancelled || task(() => 1));
  return () => {
    cancelled = true;
  };
};

/** An IntersectionObserver where everything observed is on screen, unless hidden by `data-offscreen`. */
export class AllVisibleObserver {
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe(target: Element): void {
    const isIntersecting = !target.closest('[data-offscreen]');
    queueMicrotask(() =>
      this.callback(
        [
          {
            target,
            isIntersecting,
            boundingClientRect: { top: isIntersecting ? 0 : 5_000, bottom: isIntersecting ? 10 : 5_010 },
          } as IntersectionObserverEntry,
        ],
        this as never,
      ),
    );
  }
  unobserve(): void {}
  disconnect(): void {}
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }
}

/** A fake background: splits Han text into two-character words; words in `glossary` get glossary ids. */
export function fakeAnnotate(glossary: string[] = []) {
  const calls: string[][] = [];
  async function annotate(paragraphs: string[]): Promise<Token[][]> {
    calls.push(paragraphs);
    return paragraphs.map((text) => {
      const tokens: Token[] = [];
      let i = 0;
      while (i < text.length) {
        const term = glossary.find((g) => text.startsWith(g, i));
        const zh = /[\u4e00-\u9fff]/.test(text[i] ?? '');
        const len = term ? term.length : zh ? Math.min(2, text.length - i) : 1;
        const t = text.slice(i, i + len);
        tokens.push({
          text: t,
          start: i,
          end: i + len,
          zh,
          pinyin: zh ? 'x' : '',
          tones: [],
          glossaryId: term,
        });
        i += len;
      }
      return tokens;
    });
  }
  return { annotate, calls };
}

export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
