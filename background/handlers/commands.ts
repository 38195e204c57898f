import { browser } from 'wxt/browser';
import { getSettings, type SettingsItem, settingsItem, updateSettings } from '@/protocol/settings/settings';

export const TOGGLE_INLINE_PINYIN_COMMAND = 'toggle-inline-pinyin';

/** Flips inline pinyin for every page; open tabs follow through their settings watch. */
export async function toggleInlinePinyin(item: SettingsItem = settingsItem()): Promise<boolean> {
  const enabled = !(await getSettings(item)).inlinePinyin.enabled;
  await updateSettings({ inlinePinyin: { enabled } }, item);
  return enabled;
}

/**
 * Keyboard commands that change settings (declared in wxt.config.ts, rebindable by the user in the
 * browser's shortcut page). "toggle-site" has its own handler, site-command.ts.
 */
export function registerCommands(): void {
  browser.commands?.onCommand.addListener((command) => {
    if (command === TOGGLE_INLINE_PINYIN_COMMAND) void toggleInlinePinyin();
  });
}
