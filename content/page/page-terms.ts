import type { PageTerm } from '@/core/glossary/learn/page-terms';
import type { createParagraphStore } from './paragraph-store';

export interface PageTermFollowerDeps {
  win: Window;
  store: Pick<ReturnType<typeof createParagraphStore>, 'onTokens' | 'setPageTerms' | 'addSaved'>;
  /** The background's answer: the terms learned from what this page has had annotated so far. */
  ask: () => Promise<PageTerm[]>;
  /** Which of these words the user has saved. */
  getSaved: (words: string[]) => Promise<string[]>;
  /** Milliseconds after new paragraphs were read before asking (groups arrive in bursts). */
  delayMs?: number;
}

/**
 * Terms learned from the page, followed as it is read: a while after paragraphs' tokens arrive (the first
 * marks first), the background is asked again for what the page repeats; new terms are joined into units
 * and marked, and marked saved where the reader saved them before. One question at a time; a failed one
 * (the page's bulk work dropped, the worker stopped) is asked again when more text is read. Returns stop.
 */
export function followPageTerms(deps: PageTermFollowerDeps): () => void {
  const { win, store } = deps;
  const delay = deps.delayMs ?? 500;
  const known = new Map<string, PageTerm>();
  let timer = 0;
  let asking = false;
  let again = false;
  let stopped = false;

  function schedule(): void {
    if (stopped) return;
    if (asking) again = true;
    else timer ||= win.setTimeout(() => void ask(), delay);
  }

  async function ask(): Promise<void> {
    timer = 0;
    asking = true;
    again = false;
    try {
      const fresh = (await deps.ask()).filter((term) => !known.has(term.term));
      if (stopped || fresh.length === 0) return;
      for (const term of fresh) known.set(term.term, term);
      store.setPageTerms([...known.values()]);
      store.addSaved(await deps.getSaved(fresh.map((term) => term.term)));
    } catch {
      // Asked again with the next paragraphs read; the page reads on without page terms meanwhile.
    } finally {
      asking = false;
      if (again) schedule();
    }
  }

  const off = store.onTokens(schedule);
  return () => {
    stopped = true;
    off();
    win.clearTimeout(timer);
  };
}
