/**
 * The storage.local key of the site on/off settings (protocol/settings/site-settings.ts). On its own so that the
 * detector stub can read the settings without loading WXT's storage module.
 */
export const SITE_SETTINGS_KEY = 'siteSettings';
