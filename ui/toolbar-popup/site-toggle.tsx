import { useEffect, useState } from 'preact/hooks';
import { pageSiteOf } from '@/protocol/page-site';
import { setSiteEnabled, watchSiteEnabled } from '@/protocol/settings/site-settings';
import { t as msg } from '@/ui/i18n';

type State =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | { kind: 'ready'; site: string; enabled: boolean };

async function pageSite(tabId: number): Promise<State> {
  const { site, enabled } = await pageSiteOf(tabId).catch(() => ({ site: null, enabled: false }));
  return site ? { kind: 'ready', site, enabled } : { kind: 'unavailable' };
}

/** "Tanci on this site" switch for the toolbar popup; turning it off removes every mark on the site's pages. */
export function SiteToggle({ tabId }: { tabId: number | null }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    if (tabId === null) return setState({ kind: 'unavailable' });
    let unwatch: () => void = () => undefined;
    void pageSite(tabId).then((s) => {
      setState(s);
      if (s.kind === 'ready') unwatch = watchSiteEnabled(s.site, (enabled) => setState({ ...s, enabled }));
    });
    return () => unwatch();
  }, [tabId]);

  if (state.kind === 'loading') return null;
  if (state.kind === 'unavailable') {
    return <p class="site-toggle muted">{msg('siteUnavailable')}</p>;
  }
  const { site, enabled } = state;
  return (
    <label class="site-toggle">
      <input
        type="checkbox"
        role="switch"
        aria-checked={enabled}
        checked={enabled}
        onChange={(e) => {
          const on = (e.currentTarget as HTMLInputElement).checked;
          setState({ ...state, enabled: on });
          void setSiteEnabled(site, on);
        }}
      />{' '}
      {msg('siteOn', site)}
    </label>
  );
}
