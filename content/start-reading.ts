import { serveShowLookup } from '@/content/hover/serve-show-lookup';
import { type InlinePinyinSession, startInlinePinyin } from '@/content/inline-pinyin/inline-pinyin-session';
import { createHighlighter } from '@/content/page/highlighter';
import { idleScheduler } from '@/content/page/idle';
import { createPageReader, type PageReader } from '@/content/page/page-scanner';
import { followPageTerms } from '@/content/page/page-terms';
import { tokenIndexAt } from '@/content/page/token-at';
import { sendWithRetry } from '@/content/popup/save-retry';
import { sendTermToAnki } from '@/content/popup/send-term-to-anki';
import { timed } from '@/core/perf';
import { LIMITS, sendMessage } from '@/protocol/messages';
import { ankiSettingsItem, normalizeAnkiSettings } from '@/protocol/settings/anki-settings';
import { DEFAULT_SETTINGS, followSettings, type Settings } from '@/protocol/settings/settings';
import { siteEnabledFrom, watchSiteEnabled } from '@/protocol/settings/site-settings';
import { createHoverController, type HoverController } from './hover/hover-controller';
import type { HoverDeps } from './hover/hover-deps';
import { createWordExtras } from './hover/word-extras';
import { createPopupHost, type PopupHost } from './popup/popup-host';
import { siteKeyOf } from './site-key';

export interface ReadingSessionEnv {
  win?: Window & typeof globalThis;
  /** Called with a stop function; the session stops when the extension context goes away. */
  onInvalidated?: (cb: () => void) => void;
  /** The stored site settings if already being read (the stub starts the read as it loads this part). */
  siteSettings?: Promise<unknown>;
  /** The frame's inline pinyin, fed the settings and the page reader from here (tests pass their own). */
  inlinePinyin?: InlinePinyinSession;
  /** The source a term saved from `block` records, where the page title does not say it (the reader page). */
  sourceOf?: HoverDeps['sourceOf'];
}

/**
 * Reading in one frame, once Chinese text is found: marks, hover popup, inline pinyin, and the site's on/off
 * switch. The settings and the site switch are followed here, once, for all of them. Turning the site off
 * stops everything and removes every mark and reading; turning it on starts again.
 */
export async function startReadingSession(env: ReadingSessionEnv = {}): Promise<void> {
  const win = env.win ?? window;
  const site = siteKeyOf(win);
  let reader: PageReader | null = null;
  let hover: HoverController | null = null;
  let host: PopupHost | null = null;
  let stopLookup: (() => void) | null = null;
  let cancelWarm: (() => void) | null = null;
  let stopPageTerms: (() => void) | null = null;
  // The reader's settings (issue 8), followed live: marks shown, and what the popup reads on each render.
  let settings: Settings = DEFAULT_SETTINGS;
  // Send to Anki's switch, followed live: the popup shows its button only while it is on.
  let ankiOn = false;
  let ankiChanged = false;
  const stopAnki = ankiSettingsItem.watch((v) => {
    ankiChanged = true;
    ankiOn = normalizeAnkiSettings(v).enabled;
  });
  void ankiSettingsItem.getValue().then((v) => {
    if (!ankiChanged) ankiOn = normalizeAnkiSettings(v).enabled;
  });
  const highlighter = createHighlighter(win);
  // Which words are known is asked with which are saved: known words lose their marks as soon as drawn
  // (the page's own terms' marks too).
  const getSaved = async (words: string[]) => {
    const [saved, known] = await Promise.all([
      sendMessage('getSaved', { words }),
      sendMessage('getKnown', { words }).catch(() => ({ known: [] })),
    ]);
    reader?.store.addKnown(known.known, words);
    return saved.saved;
  };
  const inline = env.inlinePinyin ?? startInlinePinyin({ win });
  const stopSettings = followSettings((s) => {
    settings = s;
    inline.setSettings(s);
    highlighter.setVisible?.('policy', s.marks.policy);
    // Terms learned from the page are terms too: shown and hidden with the policy marks.
    highlighter.setVisible?.('page', s.marks.policy);
    highlighter.setVisible?.('saved', s.marks.saved);
    reader?.store.setMarkUnknown(s.marks.unknown);
  });

  function on(): void {
    if (reader) return;
    reader = createPageReader({
      win,
      highlighter,
      annotate: async (paragraphs, bulk) =>
        (await sendMessage('annotate', bulk === undefined ? { paragraphs } : { paragraphs, bulk }))
          .paragraphs,
      cancel: (groups) => void sendMessage('cancelAnnotate', { groups }).catch(() => undefined),
      annotateQuick: (paragraphs) => sendMessage('annotate', { paragraphs, quick: true }),
      getSaved,
      // In the idle time after the first marks, so the page's own loading is not delayed by it.
      onFirstReply: (group) => {
        const idle = idleScheduler(win);
        const step = () => {
          cancelWarm = idle(() => void hover?.warm(group).then((more) => more && hover && step()));
        };
        step();
      },
    });
    // The page's own repeated terms, learned in the background from what was annotated (after the first marks).
    stopPageTerms = followPageTerms({
      win,
      store: reader.store,
      ask: async () => (await sendMessage('pageTerms', {})).terms,
      getSaved,
    });
    const idle = idleScheduler(win);
    host = createPopupHost(win.document, {
      settings: () => settings,
      schedule: (step) => void idle(timed(win, 'popup-warm', step)),
    });
    const r = reader;
    r.store.setMarkUnknown(settings.marks.unknown);
    const extras = createWordExtras({
      setKnown: (word) => sendMessage('setKnown', { words: [word], how: 'popup', known: true }),
      isKnown: r.store.isKnown,
      markKnown: (word) => r.store.addKnown([word]),
      recordLookup: (word) =>
        sendMessage('recordLookup', {
          word,
          url: win.location.href.slice(0, LIMITS.urlChars),
          pageTitle: win.document.title.slice(0, LIMITS.pageTitleChars),
        }),
      onChange: (word) => hover?.current?.token.text === word && hover.refresh(),
      setTimeout: (fn, ms) => win.setTimeout(fn, ms),
      clearTimeout: (id) => win.clearTimeout(id),
    });
    hover = createHoverController({
      extras,
      win,
      host,
      reader: {
        locate: r.locate,
        tokensOf: r.tokensOf,
        rangeOf: r.store.rangeOf,
        markSaved: r.markSaved,
        isSaved: r.store.isSaved,
      },
      lookup: async (word) => (await sendMessage('define', { words: [word] })).results[0] ?? null,
      lookupAt: async (text, offset) => (await sendMessage('lookupAt', { text, offset })).results,
      // A reply lost to a stopped service worker is sent again (saving is idempotent).
      save: (data) => sendWithRetry(() => sendMessage('saveTerm', data)),
      sendToAnki: () => (ankiOn ? sendTermToAnki : null),
      delay: () => settings.hoverDelay,
      trigger: () => settings.trigger,
      ...(env.sourceOf ? { sourceOf: env.sourceOf } : {}),
    });
    const shown = hover;
    // The popup may open on a word before its saved or known state came back: it shows it when it comes.
    r.store.onWordState((words) => {
      const word = shown.current?.token.text;
      if (word !== undefined && words.has(word)) shown.refresh();
    });
    reader.start();
    hover.start();
    inline.setReader(reader);
    // The context menu's "Look up in Tanci": the popup on the selection's first word.
    stopLookup = serveShowLookup(win, async (node, offset) => {
      const at = r.locate(node, offset);
      if (!at) return false;
      const tokens = await r.tokensOf(at.paragraph);
      const index = tokenIndexAt(tokens, at.offset);
      const token = tokens[index];
      if (!token?.zh) return false;
      shown.show({ paragraph: at.paragraph, index, token });
      return true;
    });
  }

  function off(): void {
    if (reader) inline.setReader(null);
    cancelWarm?.();
    cancelWarm = null;
    stopPageTerms?.();
    stopPageTerms = null;
    stopLookup?.();
    stopLookup = null;
    hover?.stop();
    reader?.stop();
    host?.remove();
    hover = null;
    reader = null;
    host = null;
  }

  if (site === null || (await siteEnabledFrom(env.siteSettings, site))) on();
  const unwatch =
    site === null ? () => undefined : watchSiteEnabled(site, (enabled) => (enabled ? on() : off()));
  env.onInvalidated?.(() => {
    unwatch();
    stopSettings();
    stopAnki();
    off();
  });
}
