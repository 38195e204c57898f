import { ankiSettingsItem, normalizeAnkiSettings } from '@/protocol/settings/anki-settings';
import { useStoredValue } from './use-stored-value';

const enabledOf = (raw: unknown) => normalizeAnkiSettings(raw).enabled;

/** Whether Send to Anki is on, following the settings page live. */
export function useAnkiEnabled(item = ankiSettingsItem): boolean {
  return useStoredValue(item as never, enabledOf);
}
