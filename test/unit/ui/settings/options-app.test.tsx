import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getSettings, updateSettings } from '@/protocol/settings/settings';
import { siteSettingsItem } from '@/protocol/settings/site-settings';
import { App } from '@/ui/settings/options-app';
import { createSettingsState } from '@/ui/settings/settings-state';
import { parseSiteInput } from '@/ui/settings/site-list';

// The fake browser has no i18n strings: controls are labelled with their message keys here.
beforeEach(() => {
  fakeBrowser.reset();
  Object.assign(fakeBrowser.runtime, {
    getManifest: () => ({ manifest_version: 3, name: 'Tanci', version: '0.1.0' }),
  });
  Object.assign(fakeBrowser, {
    commands: {
      getAll: async () => [{ name: 'toggle-site', description: 'Toggle', shortcut: 'Alt+Shift+S' }],
    },
  });
});

afterEach(cleanup);

describe('options page', () => {
  it('writes each change to storage at once and shows it in the preview', async () => {
    render(<App state={createSettingsState()} />);
    fireEvent.click(screen.getByRole('radio', { name: 'pinyinNumbers' }));
    await waitFor(async () => expect((await getSettings()).pinyinStyle).toBe('numbers'));
    expect(screen.getByRole('figure').textContent).toContain('tan4 da2 feng1');

    fireEvent.click(screen.getByRole('checkbox', { name: 'marksSaved' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'inlineEnabled' }));
    await waitFor(async () => {
      const s = await getSettings();
      expect(s.marks).toEqual({ policy: true, saved: false, unknown: false });
      expect(s.inlinePinyin.enabled).toBe(true);
    });
  });

  it('names each section and each group of choices once (no heading repeated as a legend)', () => {
    const { container } = render(<App state={createSettingsState()} />);
    const titles = [...container.querySelectorAll('h1, h2, h3, legend')].map((e) => e.textContent);
    expect(titles.filter((title, i) => titles.indexOf(title) !== i)).toEqual([]);
  });

  it('follows changes made elsewhere (another window, the keyboard command)', async () => {
    render(<App state={createSettingsState()} />);
    await updateSettings({ theme: 'dark', showTraditional: false });
    await waitFor(() =>
      expect(screen.getByRole('radio', { name: 'themeDark' })).toHaveProperty('checked', true),
    );
    expect(screen.getByRole('checkbox', { name: 'showTraditionalLabel' })).toHaveProperty('checked', false);
  });

  it('edits the site list shared with the toolbar switch, refusing what is not a host name', async () => {
    render(<App state={createSettingsState()} />);
    const input = screen.getByRole('textbox');
    fireEvent.input(input, { target: { value: 'https://www.MEE.gov.cn/xxgk/index.html' } });
    fireEvent.click(screen.getByRole('button', { name: 'siteAdd' }));
    await waitFor(async () => expect((await siteSettingsItem.getValue()).sites).toEqual(['www.mee.gov.cn']));
    fireEvent.input(input, { target: { value: 'not a site' } });
    fireEvent.click(screen.getByRole('button', { name: 'siteAdd' }));
    await screen.findByRole('alert');
    expect((await siteSettingsItem.getValue()).sites).toEqual(['www.mee.gov.cn']);
  });

  it('reads host names out of what readers paste', () => {
    expect(parseSiteInput('people.cn')).toBe('people.cn');
    expect(parseSiteInput(' https://news.sina.com.cn/c/2024/x.shtml ')).toBe('news.sina.com.cn');
    expect(parseSiteInput('中国政府网.政务')).toMatch(/^xn--/);
    expect(parseSiteInput('')).toBeNull();
    expect(parseSiteInput('a b')).toBeNull();
    expect(parseSiteInput('file:///tmp/x.html')).toBeNull();
  });
});
