import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  defineSettingsItem,
  followSettings,
  getSettings,
  normalizeSettings,
  SETTINGS_VERSION,
  type Settings,
  updateSettings,
  watchSettings,
} from '@/protocol/settings/settings';

const fixtures = join(__dirname, '../../../fixtures/settings');

beforeEach(() => fakeBrowser.reset());

describe('settings storage', () => {
  it('gives the defaults on a fresh profile', async () => {
    expect(await getSettings(defineSettingsItem('local:s1'))).toEqual(DEFAULT_SETTINGS);
  });

  it('migrates stored settings of every version since the first to the current shape', async () => {
    for (let version = 1; version <= SETTINGS_VERSION; version++) {
      const file = join(fixtures, `v${version}.json`);
      // Raising SETTINGS_VERSION without a fixture of the version before it fails here.
      expect(existsSync(file), `fixture for settings version ${version}`).toBe(true);
      const { stored, expected } = JSON.parse(readFileSync(file, 'utf8'));
      await fakeBrowser.storage.local.set({ [`v${version}`]: stored, [`v${version}$`]: { v: version } });
      const item = defineSettingsItem(`local:v${version}`);
      expect(await getSettings(item)).toEqual(expected);
      expect((await fakeBrowser.storage.local.get(`v${version}$`))[`v${version}$`]).toEqual({
        v: SETTINGS_VERSION,
      });
    }
  });

  it('reads settings stored without a version (before versioning) as version 1', async () => {
    await fakeBrowser.storage.local.set({ old: { theme: 'light', marks: { saved: false } } });
    const s = await getSettings(defineSettingsItem('local:old'));
    expect(s.theme).toBe('light');
    expect(s.marks).toEqual({ policy: true, saved: false, unknown: false });
  });

  it('merges partial updates, nested groups included, and keeps values in range', async () => {
    const item = defineSettingsItem('local:s2');
    await updateSettings({ marks: { saved: false }, hoverDelay: 5_000 }, item);
    await updateSettings({ inlinePinyin: { enabled: true } }, item);
    const s = await getSettings(item);
    expect(s.marks).toEqual({ policy: true, saved: false, unknown: false });
    expect(s.hoverDelay).toBe(1_000);
    expect(s.inlinePinyin).toEqual({ ...DEFAULT_SETTINGS.inlinePinyin, enabled: true });
  });

  it('tells watchers of every change, normalised', async () => {
    const item = defineSettingsItem('local:s3');
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s), item);
    await updateSettings({ pinyinStyle: 'numbers' }, item);
    await item.setValue({ bogus: true } as unknown as Settings);
    stop();
    await updateSettings({ theme: 'dark' }, item);
    expect(seen.map((s) => s.pinyinStyle)).toEqual(['numbers', 'marks']);
  });

  it('followSettings gives the current value first, then changes', async () => {
    const item = defineSettingsItem('local:s4');
    await updateSettings({ fontSize: 18 }, item);
    const seen: number[] = [];
    const stop = followSettings((s) => seen.push(s.fontSize), item);
    await new Promise((r) => setTimeout(r, 0));
    await updateSettings({ fontSize: 20 }, item);
    stop();
    expect(seen).toEqual([18, 20]);
  });

  it('normalises any stored value into valid settings without throwing', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const s = normalizeSettings(raw);
        expect(Object.keys(s).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
        expect(normalizeSettings(s)).toEqual(s);
      }),
    );
  });
});
