import { signal } from '@preact/signals';
import {
  DEFAULT_SETTINGS,
  followSettings,
  type Settings,
  type SettingsPatch,
  updateSettings,
} from '@/protocol/settings/settings';

/**
 * The options page's view of the settings: a signal that follows storage (a change made in another
 * window shows here too) and an `update` that writes through. Writes are applied to the signal at once
 * so controls never lag behind the pointer.
 */
export function createSettingsState(
  deps: { update?: typeof updateSettings; follow?: typeof followSettings } = {},
) {
  const settings = signal<Settings>({ ...DEFAULT_SETTINGS });
  const loaded = signal(false);
  const error = signal<string | null>(null);
  const update = deps.update ?? updateSettings;
  const stop = (deps.follow ?? followSettings)((s) => {
    settings.value = s;
    loaded.value = true;
  });
  return {
    settings,
    loaded,
    error,
    async update(patch: SettingsPatch): Promise<void> {
      try {
        settings.value = await update(patch);
        error.value = null;
      } catch (e) {
        error.value = e instanceof Error ? e.message : String(e);
      }
    },
    stop,
  };
}

export type SettingsState = ReturnType<typeof createSettingsState>;
