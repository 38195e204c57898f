import { storage } from '#imports';
import { SITE_SETTINGS_KEY } from './site-settings-key';

/**
 * Where Tanci runs. `all-except`: everywhere but the listed sites (the default); `only-listed`: only on
 * them. Sites are host names ("www.people.cn"); a listed host also covers its subdomains.
 * Shared by the content script (reads, watches), the toolbar popup and the keyboard command (toggle)
 * and the options page (edits the list and the mode).
 */
export interface SiteSettings {
  mode: 'all-except' | 'only-listed';
  sites: string[];
}

export const DEFAULT_SITE_SETTINGS: SiteSettings = { mode: 'all-except', sites: [] };

export const siteSettingsItem = storage.defineItem<SiteSettings>(`local:${SITE_SETTINGS_KEY}`, {
  fallback: DEFAULT_SITE_SETTINGS,
  version: 1,
});

/** The site a page belongs to: its host name, lower-cased, without a trailing dot; null for non-web pages. */
export function siteOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return hostname.toLowerCase().replace(/\.$/, '') || null;
  } catch {
    return null;
  }
}

function listed(sites: readonly string[], site: string): boolean {
  return sites.some((s) => site === s || site.endsWith(`.${s}`));
}

export function isSiteEnabled(settings: SiteSettings, site: string): boolean {
  const inList = listed(settings.sites, site);
  return settings.mode === 'all-except' ? !inList : inList;
}

/** The settings with `site` turned on or off; other sites keep their state. */
export function withSiteEnabled(settings: SiteSettings, site: string, enabled: boolean): SiteSettings {
  if (isSiteEnabled(settings, site) === enabled) return settings;
  const wantListed = settings.mode === 'all-except' ? !enabled : enabled;
  const sites = wantListed
    ? [...settings.sites, site]
    : // Turning a site back on also clears a parent entry (example.com listed, visiting a.example.com).
      settings.sites.filter((s) => !(site === s || site.endsWith(`.${s}`)));
  return { ...settings, sites };
}

export async function getSiteEnabled(site: string, item = siteSettingsItem): Promise<boolean> {
  return isSiteEnabled(await item.getValue(), site);
}

function isSiteSettings(value: unknown): value is SiteSettings {
  const v = value as Partial<SiteSettings> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    (v.mode === 'all-except' || v.mode === 'only-listed') &&
    Array.isArray(v.sites) &&
    v.sites.every((s) => typeof s === 'string')
  );
}

/**
 * Whether Tanci is on for `site`, from the stored settings read ahead of time (`prefetched`: the raw
 * storage value, undefined when never set). A failed or malformed read asks storage again.
 */
export async function siteEnabledFrom(
  prefetched: Promise<unknown> | undefined,
  site: string,
  item = siteSettingsItem,
): Promise<boolean> {
  const value = prefetched
    ? await prefetched.then(
        (v) => ({ v }),
        () => null,
      )
    : null;
  if (value && value.v === undefined) return isSiteEnabled(DEFAULT_SITE_SETTINGS, site);
  if (value && isSiteSettings(value.v)) return isSiteEnabled(value.v, site);
  return getSiteEnabled(site, item);
}

export async function setSiteEnabled(site: string, enabled: boolean, item = siteSettingsItem): Promise<void> {
  await item.setValue(withSiteEnabled(await item.getValue(), site, enabled));
}

/** Flips the site and returns its new state. */
export async function toggleSite(site: string, item = siteSettingsItem): Promise<boolean> {
  const enabled = !(await getSiteEnabled(site, item));
  await setSiteEnabled(site, enabled, item);
  return enabled;
}

/** Calls `onChange` with the site's state whenever the settings change (in any tab or page). */
export function watchSiteEnabled(
  site: string,
  onChange: (enabled: boolean) => void,
  item = siteSettingsItem,
): () => void {
  return item.watch((settings) => onChange(isSiteEnabled(settings ?? DEFAULT_SITE_SETTINGS, site)));
}
