import { storage, type WxtStorageItem } from '#imports';
import { HOVER_DELAY_MS } from './hover-timing';

/**
 * Every reading setting, as one versioned storage item. Pages and content scripts read it with
 * `getSettings()` and follow changes with `watchSettings()`, so a change on the options page reaches
 * every open tab without a reload. Where Tanci runs (the site list) lives in `site-settings.ts`.
 */

export const TRIGGERS = ['hover', 'shift', 'alt', 'click'] as const;
export type Trigger = (typeof TRIGGERS)[number];

export const PINYIN_STYLES = ['marks', 'numbers', 'zhuyin'] as const;
export type PinyinStyle = (typeof PINYIN_STYLES)[number];

export const TONE_SCHEMES = ['off', 'pleco', 'mdbg', 'contrast'] as const;
export type ToneScheme = (typeof TONE_SCHEMES)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const INLINE_SCOPES = ['all', 'selected'] as const;
export type InlineScope = (typeof INLINE_SCOPES)[number];

export const HOVER_DELAY = { min: 0, max: 1_000, step: 20 } as const;
export const FONT_SIZE = { min: 11, max: 24, step: 1 } as const;
/** HSK 3.0 levels 1–6 and the 7–9 band (as 7). */
export const HSK_LEVEL = { min: 1, max: 7 } as const;

export interface InlinePinyinSettings {
  enabled: boolean;
  /** `all`: every Chinese word; `selected`: policy terms and words above `minHsk` (and words in no HSK list). */
  scope: InlineScope;
  minHsk: number;
}

export interface Settings {
  trigger: Trigger;
  /** Milliseconds the pointer rests on a word before the popup opens. */
  hoverDelay: number;
  pinyinStyle: PinyinStyle;
  toneColors: ToneScheme;
  showTraditional: boolean;
  /** Base font size of the popup in CSS pixels; the headword scales with it. */
  fontSize: number;
  theme: Theme;
  /** `unknown`: the words not known yet get a mark of their own (off by default: most of a page). */
  marks: { policy: boolean; saved: boolean; unknown: boolean };
  inlinePinyin: InlinePinyinSettings;
  /** Words of HSK level ≤ this count as known; 0: none. */
  knownHsk: number;
  /** Whether lookups are counted in the local history. */
  history: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  trigger: 'hover',
  hoverDelay: HOVER_DELAY_MS,
  pinyinStyle: 'marks',
  toneColors: 'contrast',
  showTraditional: true,
  fontSize: 14,
  theme: 'system',
  marks: Object.freeze({ policy: true, saved: true, unknown: false }),
  inlinePinyin: Object.freeze({ enabled: false, scope: 'all', minHsk: 4 }),
  knownHsk: 0,
  history: true,
} as Settings);

/** The version of the stored shape; raise it together with a migration below and a fixture in test/fixtures/settings. */
export const SETTINGS_VERSION = 1;

/**
 * Migrations from each stored version to the next, keyed by the version they produce. Version 1 is the
 * first release, so none exist yet; whatever they return still passes through `normalizeSettings`.
 */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {};

function pick<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function clampInt(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value)
    ? Math.min(max, Math.max(min, Math.round(value)))
    : fallback;
}

function bool(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/**
 * Settings of the current shape from whatever storage holds: missing or invalid fields take their
 * defaults (a hand-edited or half-written value never breaks reading), unknown fields are dropped.
 */
export function normalizeSettings(raw: unknown): Settings {
  const r = record(raw);
  const d = DEFAULT_SETTINGS;
  const marks = record(r.marks);
  const inline = record(r.inlinePinyin);
  return {
    trigger: pick(TRIGGERS, r.trigger, d.trigger),
    hoverDelay: clampInt(r.hoverDelay, HOVER_DELAY.min, HOVER_DELAY.max, d.hoverDelay),
    pinyinStyle: pick(PINYIN_STYLES, r.pinyinStyle, d.pinyinStyle),
    toneColors: pick(TONE_SCHEMES, r.toneColors, d.toneColors),
    showTraditional: bool(r.showTraditional, d.showTraditional),
    fontSize: clampInt(r.fontSize, FONT_SIZE.min, FONT_SIZE.max, d.fontSize),
    theme: pick(THEMES, r.theme, d.theme),
    marks: {
      policy: bool(marks.policy, d.marks.policy),
      saved: bool(marks.saved, d.marks.saved),
      unknown: bool(marks.unknown, d.marks.unknown),
    },
    inlinePinyin: {
      enabled: bool(inline.enabled, d.inlinePinyin.enabled),
      scope: pick(INLINE_SCOPES, inline.scope, d.inlinePinyin.scope),
      minHsk: clampInt(inline.minHsk, HSK_LEVEL.min, HSK_LEVEL.max, d.inlinePinyin.minHsk),
    },
    knownHsk: clampInt(r.knownHsk, 0, HSK_LEVEL.max, d.knownHsk),
    history: bool(r.history, d.history),
  };
}

export type SettingsItem = WxtStorageItem<Settings, Record<string, unknown>>;

/** Defines the item; `key` is for tests, which define fresh items over seeded storage. */
export function defineSettingsItem(key: `local:${string}` = 'local:settings'): SettingsItem {
  return storage.defineItem<Settings>(key, {
    fallback: DEFAULT_SETTINGS,
    version: SETTINGS_VERSION,
    migrations: SETTINGS_MIGRATIONS,
  });
}

let defaultItem: SettingsItem | undefined;
/** The one settings item of this context, defined on first use (no storage work at import time). */
export function settingsItem(): SettingsItem {
  defaultItem ??= defineSettingsItem();
  return defaultItem;
}

export async function getSettings(item: SettingsItem = settingsItem()): Promise<Settings> {
  return normalizeSettings(await item.getValue());
}

/** A partial update; nested groups (`marks`, `inlinePinyin`) merge rather than replace. */
export interface SettingsPatch extends Partial<Omit<Settings, 'marks' | 'inlinePinyin'>> {
  marks?: Partial<Settings['marks']>;
  inlinePinyin?: Partial<InlinePinyinSettings>;
}

export function applyPatch(current: Settings, patch: SettingsPatch): Settings {
  return normalizeSettings({
    ...current,
    ...patch,
    marks: { ...current.marks, ...patch.marks },
    inlinePinyin: { ...current.inlinePinyin, ...patch.inlinePinyin },
  });
}

const pendingWrites = new WeakMap<SettingsItem, Promise<unknown>>();

/**
 * Applies a patch to the stored settings. Updates from one page run one after another, so two quick
 * changes (two checkboxes) never overwrite each other with a stale read.
 */
export function updateSettings(patch: SettingsPatch, item: SettingsItem = settingsItem()): Promise<Settings> {
  const previous = pendingWrites.get(item) ?? Promise.resolve();
  const write = previous
    .catch(() => undefined)
    .then(async () => {
      const next = applyPatch(await getSettings(item), patch);
      await item.setValue(next);
      return next;
    });
  pendingWrites.set(item, write);
  return write;
}

/** Calls `onChange` with the new settings whenever they change, in any page or tab. Returns the unwatch. */
export function watchSettings(
  onChange: (settings: Settings) => void,
  item: SettingsItem = settingsItem(),
): () => void {
  return item.watch((value) => onChange(normalizeSettings(value)));
}

/** Current settings now, and every change after: for content-side code that must stay in step. */
export function followSettings(
  onChange: (settings: Settings) => void,
  item: SettingsItem = settingsItem(),
): () => void {
  let stopped = false;
  let changed = false;
  const unwatch = watchSettings((s) => {
    changed = true;
    if (!stopped) onChange(s);
  }, item);
  // A change that arrives before the first read is newer than what that read returns.
  void getSettings(item).then((s) => !stopped && !changed && onChange(s));
  return () => {
    stopped = true;
    unwatch();
  };
}
