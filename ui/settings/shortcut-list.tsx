import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/ui/i18n';

interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

const isFirefox = () => navigator.userAgent.includes('Firefox/');

/** The keyboard commands and their current keys; the browser's own page changes them. */
export function ShortcutList() {
  const [commands, setCommands] = useState<Shortcut[]>([]);
  useEffect(() => {
    void browser.commands?.getAll().then((all) =>
      setCommands(
        all
          .filter((c) => c.name && !c.name.startsWith('_'))
          .map((c) => ({
            name: c.name ?? '',
            description: c.description ?? '',
            shortcut: c.shortcut ?? '',
          })),
      ),
    );
  }, []);
  return (
    <div class="shortcuts">
      <dl>
        {commands.map((c) => (
          <div key={c.name} data-command={c.name}>
            <dt>{c.description}</dt>
            <dd>{c.shortcut ? <kbd>{c.shortcut}</kbd> : <span class="muted">{t('shortcutUnset')}</span>}</dd>
          </div>
        ))}
      </dl>
      {isFirefox() ? (
        <p class="muted">{t('shortcutsFirefox')}</p>
      ) : (
        <button
          type="button"
          onClick={() => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' })}
        >
          {t('shortcutsChange')}
        </button>
      )}
    </div>
  );
}
