import { useEffect, useState } from 'preact/hooks';
import {
  DEFAULT_SITE_SETTINGS,
  type SiteSettings,
  siteOf,
  siteSettingsItem,
} from '@/protocol/settings/site-settings';
import { t } from '@/ui/i18n';
import { ChoiceField } from './choice-field';

/** A host name from what a reader types or pastes: "people.cn", "https://www.people.cn/a/b.html", "中国.cn". */
export function parseSiteInput(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  const site = siteOf(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
  return site && /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(site) && !site.startsWith('-') ? site : null;
}

/** Where Tanci runs: the mode and the list of sites (shared with the toolbar switch and the shortcut). */
export function SiteList({ item = siteSettingsItem }: { item?: typeof siteSettingsItem }) {
  const [settings, setSettings] = useState<SiteSettings>(DEFAULT_SITE_SETTINGS);
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    void item.getValue().then(setSettings);
    return item.watch((v) => setSettings(v ?? DEFAULT_SITE_SETTINGS));
  }, [item]);

  const save = (next: SiteSettings) => {
    setSettings(next);
    void item.setValue(next);
  };
  const add = (e: Event) => {
    e.preventDefault();
    const site = parseSiteInput(draft);
    if (!site) return setProblem(t('siteInvalid', draft.trim()));
    setProblem(null);
    setDraft('');
    if (!settings.sites.includes(site)) save({ ...settings, sites: [...settings.sites, site].sort() });
  };

  return (
    <div class="sites">
      <ChoiceField name="siteMode" value={settings.mode} onChange={(mode) => save({ ...settings, mode })} />
      <form class="site-add" onSubmit={add}>
        <label>
          {t('siteInputLabel')}
          <input
            name="site"
            value={draft}
            autocomplete="off"
            spellcheck={false}
            aria-invalid={problem !== null}
            onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <button type="submit">{t('siteAdd')}</button>
      </form>
      {problem ? (
        <p class="problem" role="alert">
          {problem}
        </p>
      ) : null}
      {settings.sites.length === 0 ? (
        <p class="muted">{t('sitesEmpty')}</p>
      ) : (
        <ul class="site-list">
          {settings.sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button
                type="button"
                aria-label={t('siteRemove', site)}
                onClick={() => save({ ...settings, sites: settings.sites.filter((s) => s !== site) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
