import { siteOf } from '@/protocol/settings/site-settings';

/**
 * The site a frame belongs to, for the on/off setting: the top page's host (so that turning Tanci off
 * for a site also clears its frames, cross-origin ones included where the browser tells us the top origin).
 */
export function siteKeyOf(win: Window): string | null {
  const ancestors = win.location.ancestorOrigins;
  const top = ancestors && ancestors.length > 0 ? ancestors[ancestors.length - 1] : undefined;
  return siteOf(top ?? win.location.href);
}
