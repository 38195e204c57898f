import { browser } from 'wxt/browser';
/**
 * The tab an extension page is about: `?tab=ID` when given (the full-page views and the tests open
 * the popup page in a tab of its own), otherwise the active tab of the current window.
 */
export async function resolveTargetTabId(
  location: Pick<Location, 'search'> = window.location,
  query: typeof browser.tabs.query = (q) => browser.tabs.query(q),
): Promise<number | null> {
  const fromUrl = Number.parseInt(new URLSearchParams(location.search).get('tab') ?? '', 10);
  if (Number.isInteger(fromUrl) && fromUrl >= 0) return fromUrl;
  const [tab] = await query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
