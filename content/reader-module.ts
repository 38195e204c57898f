import { once } from '@/core/once';
import type { SelectionContext } from '@/protocol/messages';

/**
 * What the lazily loaded part of the content script offers the detector stub. The stub is all that runs
 * in a frame without Chinese; this part (marks, popup, inline pinyin, settings) is fetched from the
 * extension only when a frame holds Chinese text, or when the toolbar popup or context menu needs it.
 */
export interface ReaderModule {
  /** Starts reading a frame that holds Chinese text (marks, hover popup, inline pinyin). */
  startReading(env: {
    win: Window & typeof globalThis;
    onInvalidated: (cb: () => void) => void;
    /** The stored site settings, read by the stub while this part loaded (see protocol/settings/site-settings.ts). */
    siteSettings?: Promise<unknown>;
  }): void;
  /** The frame's site and whether Tanci is on there (the toolbar popup and the keyboard command ask). */
  pageSite(win: Window): Promise<{ site: string | null; enabled: boolean }>;
  /** The selection with its sentence (the context menu's "Save to Tanci"). */
  selectionContext(win: Window): SelectionContext | null;
}

/** Where the loaded part leaves its API: a global of the content script's own world, never the page's. */
export const READER_MODULE_KEY = '__tanciReaderModule';

type Scope = Record<string, unknown>;

/** Called by the lazily loaded script when it runs. */
export function publishReaderModule(
  module: ReaderModule,
  scope: Scope = globalThis as unknown as Scope,
): void {
  scope[READER_MODULE_KEY] = module;
}

export interface ReaderModuleLoaderDeps {
  /** The script's URL in the extension (`browser.runtime.getURL`). */
  url: () => string;
  /** Runs the script; the native dynamic `import()` by default. */
  load?: (url: string) => Promise<unknown>;
  scope?: Scope;
}

/**
 * Loads the reader's main part once per frame, on first need; every caller shares the one load.
 * A failed load may be tried again by the next caller.
 */
export function createReaderModuleLoader(deps: ReaderModuleLoaderDeps): () => Promise<ReaderModule> {
  const scope = deps.scope ?? (globalThis as unknown as Scope);
  const load = deps.load ?? ((url: string) => import(/* @vite-ignore */ url));
  return once(async () => {
    if (!scope[READER_MODULE_KEY]) await load(deps.url());
    const module = scope[READER_MODULE_KEY] as ReaderModule | undefined;
    if (!module) throw new Error('Tanci: the reader script loaded but did not start');
    return module;
  });
}
